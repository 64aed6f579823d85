#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file written under a temporary name in the target's folder and renamed into place on
/// `commit()`, so a failed export never leaves a truncated file. Dropped uncommitted, it
/// removes the temporary file.
final class AtomicFile {
  let target: String
  let temporaryPath: String
  private var committed = false

  init(target: String) {
    self.target = target
    let slash = target.lastIndex(of: "/")
    let folder = slash.map { String(target[...$0]) } ?? ""
    let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
    temporaryPath = "\(folder).\(name).\(getpid()).tmp"
  }

  /// Renames the temporary file onto the target.
  /// - Throws: `FormatsError.io` when the rename fails.
  func commit() throws {
    guard rename(temporaryPath, target) == 0 else {
      let reason = String(cString: strerror(errno))
      throw FormatsError.io(path: target, message: "cannot rename \(temporaryPath) into place: \(reason)")
    }
    committed = true
  }

  deinit {
    if !committed { unlink(temporaryPath) }
  }
}

/// A buffered byte sink over one `FILE*`, its only owner (closed in `deinit`).
final class BufferedFileOutput {
  private let file: UnsafeMutablePointer<FILE>
  private var buffer: [UInt8] = []
  /// The path errors name: the file's own, or the target its temporary file is renamed onto.
  let path: String
  /// Whether `path` is the target of a temporary file, which a failure leaves untouched.
  private let isTemporary: Bool

  /// Creates `path` (truncating it). With `reportedPath`, `path` is a temporary file that
  /// will be renamed onto `reportedPath`, and errors name that target instead.
  /// - Throws: `FormatsError.io` naming the file when it cannot be created.
  init(path: String, reportedPath: String? = nil) throws {
    isTemporary = reportedPath != nil
    self.path = reportedPath ?? path
    guard let file = fopen(path, "wb") else {
      let reason = String(cString: strerror(errno))
      throw FormatsError.io(
        path: self.path,
        message: isTemporary
          ? "cannot create a temporary file beside it: \(reason)" : "cannot create file: \(reason)")
    }
    self.file = file
    buffer.reserveCapacity(1 << 16)
  }

  deinit { fclose(file) }

  func write(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { try flush() }
  }

  func write(_ bytes: some Sequence<UInt8>) throws {
    buffer.append(contentsOf: bytes)
    if buffer.count >= 1 << 16 { try flush() }
  }

  func flush() throws {
    let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
    let ok = written == buffer.count && fflush(file) == 0
    buffer.removeAll(keepingCapacity: true)
    if !ok {
      let reason = String(cString: strerror(errno))
      throw FormatsError.io(
        path: path,
        message: isTemporary
          ? "write failed: \(reason); the previous file is left as it was" : "write failed: \(reason)")
    }
  }
}
