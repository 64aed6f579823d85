import CLibFuzzer

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the fuzz targets share: where the repository is, and a scratch file to hand input to
/// readers that take a path.
public enum FuzzSupport {
  /// Runs libFuzzer on `body` with this process's command line, and exits with its status.
  /// `body` returns 0 (libFuzzer's convention), and traps on a bug.
  public static func run(_ body: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, body))
  }

  /// The repository root, found from this file's path at compile time (`Fuzz/Sources/...`).
  public static let repositoryRoot: String = {
    var path = #filePath
    for _ in 0..<4 {
      guard let slash = path.lastIndex(of: "/") else { break }
      path = String(path[..<slash])
    }
    return path
  }()

  /// Writes `bytes` to `path` (created or truncated); traps when it cannot, since a fuzz run
  /// without its scratch file tests nothing.
  /// - Complexity: O(n) in the number of bytes.
  public static func store(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    precondition(fd >= 0, "cannot create the scratch file \(path)")
    defer { close(fd) }
    var done = 0
    while done < bytes.count {
      let n = write(fd, bytes.baseAddress.map { $0 + done }, bytes.count - done)
      precondition(n > 0, "cannot write the scratch file \(path)")
      done += n
    }
  }

  /// A scratch path of this process in the temporary folder, ending in `suffix`.
  public static func scratchPath(_ suffix: String) -> String {
    let folder = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
    return "\(folder)/ties-fuzz-\(getpid())\(suffix)"
  }
}
