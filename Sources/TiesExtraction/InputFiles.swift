import Foundation
import TiesModel

/// An article to read: the name evidence will use, and where it is.
public struct InputFile: Hashable, Sendable {
  /// The path relative to the folder it was found in, or the file name when given directly.
  public var name: String
  public var path: String

  public init(name: String, path: String) {
    self.name = name
    self.path = path
  }
}

/// Expands the paths given on a command line into the articles they hold, and reads them.
///
/// Only regular files are ever opened for reading, and never in a way that blocks: FIFOs,
/// sockets and devices are skipped (see `Skipped`), symbolic links are followed but a folder
/// is read once however many links lead to it (so link loops end), and an article larger than
/// `maximumArticleSize` is refused before it is read.
public enum InputFiles {
  /// The largest article read, 8 MiB (a news article is a few KiB). Memory grows with what
  /// extraction finds, not with bytes: text dense with names, such as news articles joined
  /// together, takes about 60 MiB per MiB through `ties build` (8 MiB: 480 MiB), so this keeps
  /// one article well under 1 GiB; larger files are refused before a byte is read.
  public static let maximumArticleSize = 8 << 20

  /// A path found among the inputs that is not read, and why: not a regular file, a folder
  /// already read (a symbolic link loop), a file name that is not UTF-8, a folder that
  /// cannot be listed, a link that cannot be followed.
  public struct Skipped: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
      self.path = path
      self.reason = reason
    }

    /// `path: warning: skipped: reason`, the shape of every diagnostic.
    public var description: String { "\(path): warning: skipped: \(reason)" }
  }

  /// The articles a set of paths holds, and what was skipped.
  public struct Scan: Sendable, Equatable {
    public var files: [InputFile]
    public var skipped: [Skipped]
  }

  /// Where `collect(_:)` reports what it skips, process-wide; set it for the time of a call
  /// with `reportingSkipped(to:_:)` (the CLI prints a warning), or call `scan(_:)`. Unset,
  /// skipped paths are dropped silently.
  ///
  /// Not a task-local value: binding one outside any task crashed optimized builds of Swift
  /// 6.3.1 (`swift_task_localValuePush`), and every command starts outside a task.
  public static var skipReporter: (@Sendable (Skipped) -> Void)? { SkipReporter.shared.current }

  /// Runs `body` with `report` receiving what `collect(_:)` skips, then restores the
  /// previous reporter.
  public static func reportingSkipped<T>(
    to report: @escaping @Sendable (Skipped) -> Void, _ body: () throws -> T
  ) rethrows -> T {
    let previous = SkipReporter.shared.swap(report)
    defer { _ = SkipReporter.shared.swap(previous) }
    return try body()
  }

  /// `scan(_:)`'s files; each skipped path goes to `skipReporter`.
  /// - Throws: what `scan(_:)` throws.
  /// - Complexity: that of `scan(_:)`.
  public static func collect(_ paths: [String]) throws -> [InputFile] {
    let scan = try listing(paths)
    if let report = skipReporter { scan.skipped.forEach(report) }
    try refuseEmpty(scan, paths: paths)
    return scan.files
  }

  /// Files are taken as given (after following links); folders are searched recursively for
  /// `.txt` files (any case), in sorted order of their relative paths. Hidden files and folders
  /// are skipped silently; non-regular files, link loops, unlistable folders, broken links and
  /// names that are not UTF-8 are skipped and listed in `skipped`. A path listed twice is read
  /// once.
  /// - Throws: `ExtractionError.notFound` for a missing path, `.unreadable` for a path that
  ///   cannot be followed or a folder given on the command line that cannot be listed,
  ///   `.noTextFiles` for a folder without `.txt` files, `.noArticles` when every path was
  ///   skipped.
  /// - Complexity: O(n log n) in the number of entries of the folders, one `stat` each.
  public static func scan(_ paths: [String]) throws -> Scan {
    let scan = try listing(paths)
    try refuseEmpty(scan, paths: paths)
    return scan
  }

  /// Refuses to go on with nothing to read when paths were given (a build would empty the
  /// graph).
  private static func refuseEmpty(_ scan: Scan, paths: [String]) throws {
    if scan.files.isEmpty,
      let first = scan.skipped.first ?? paths.first.map({ Skipped(path: $0, reason: "") })
    {
      throw ExtractionError.noArticles(path: first.path)
    }
  }

  /// `scan(_:)` without the refusal of an empty result.
  private static func listing(_ paths: [String]) throws -> Scan {
    var scan = Scan(files: [], skipped: [])
    var seen = Set<String>()
    var folders = FolderWalk()
    for path in paths {
      var info = stat()
      guard stat(path, &info) == 0 else {
        if errno == ENOENT && lstat(path, &info) != 0 { throw ExtractionError.notFound(path: path) }
        throw ExtractionError.unreadable(path: path, reason: String(cString: strerror(errno)))
      }
      switch info.st_mode & S_IFMT {
      case S_IFREG:
        let name = (path as NSString).lastPathComponent
        if seen.insert(path).inserted { scan.files.append(InputFile(name: name, path: path)) }
      case S_IFDIR:
        let found = try folders.walk(path, info: info, skipped: &scan.skipped)
        if found.isEmpty { throw ExtractionError.noTextFiles(directory: path) }
        for relative in found.sorted() {
          let full = (path as NSString).appendingPathComponent(relative)
          if seen.insert(full).inserted { scan.files.append(InputFile(name: relative, path: full)) }
        }
      default:
        scan.skipped.append(Skipped(path: path, reason: "\(kind(info.st_mode)), not a regular file"))
      }
    }
    return scan
  }

  /// Reads an article's bytes.
  /// - Throws: `ExtractionError.unreadable` (permission denied, not a regular file),
  ///   `.notFound`, `.tooLarge` beyond `maximumArticleSize`.
  /// - Complexity: O(n) time and memory in the size of the file.
  public static func read(_ file: InputFile) throws -> [UInt8] {
    try readRegularFile(file.path, limit: maximumArticleSize)
  }

  /// Reads the regular file at `path`, refusing it when it holds more than `limit` bytes.
  /// It is opened non-blocking and checked before reading, so a FIFO or a device is refused at
  /// once rather than waited on, and at most `limit + 1` bytes are ever read.
  /// - Throws: `ExtractionError.notFound`, `.unreadable` with the system's reason or "not a
  ///   regular file", `.tooLarge`.
  /// - Complexity: O(n) time and memory in the size of the file.
  public static func readRegularFile(_ path: String, limit: Int) throws -> [UInt8] {
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else {
      if errno == ENOENT { throw ExtractionError.notFound(path: path) }
      throw ExtractionError.unreadable(path: path, reason: String(cString: strerror(errno)))
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw ExtractionError.unreadable(path: path, reason: String(cString: strerror(errno)))
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw ExtractionError.unreadable(path: path, reason: "\(kind(info.st_mode)), not a regular file")
    }
    if Int(info.st_size) > limit {
      throw ExtractionError.tooLarge(path: path, size: Int(info.st_size), limit: limit)
    }
    var bytes = [UInt8](repeating: 0, count: min(Int(info.st_size), limit) + 1)
    var count = 0
    while true {
      if count == bytes.count {
        // The file grew while it was read.
        if count > limit { throw ExtractionError.tooLarge(path: path, size: count, limit: limit) }
        bytes.append(contentsOf: repeatElement(0, count: min(max(count, 4096), limit + 1 - count)))
      }
      let n = bytes.withUnsafeMutableBytes {
        systemRead(fd, $0.baseAddress.map { $0 + count }, $0.count - count)
      }
      if n < 0 {
        if errno == EINTR { continue }
        throw ExtractionError.unreadable(path: path, reason: String(cString: strerror(errno)))
      }
      if n == 0 { break }
      count += n
    }
    if count > limit { throw ExtractionError.tooLarge(path: path, size: count, limit: limit) }
    bytes.removeSubrange(count...)
    return bytes
  }

  /// POSIX `read(2)`, which `read(_:)` hides inside this type.
  private static func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
      Glibc.read(fd, buffer, count)
    #else
      Darwin.read(fd, buffer, count)
    #endif
  }

  /// What a file of mode `mode` is, in words ("a FIFO").
  static func kind(_ mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFIFO: return "a FIFO"
    case S_IFSOCK: return "a socket"
    case S_IFCHR: return "a character device"
    case S_IFBLK: return "a block device"
    case S_IFDIR: return "a folder"
    case S_IFLNK: return "a symbolic link"
    default: return "a special file"
    }
  }

  /// FNV-1a 64-bit hash of `bytes`, as 16 hex digits: detects a changed document (not a
  /// security checksum).
  public static func contentHash(_ bytes: [UInt8]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      hash ^= UInt64(b)
      hash = hash &* 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}

/// The process-wide reporter of `InputFiles.collect(_:)`, behind a lock.
private final class SkipReporter: @unchecked Sendable {
  static let shared = SkipReporter()
  private let lock = NSLock()
  private var report: (@Sendable (InputFiles.Skipped) -> Void)?

  var current: (@Sendable (InputFiles.Skipped) -> Void)? {
    lock.lock()
    defer { lock.unlock() }
    return report
  }

  /// Sets `new` and returns the reporter it replaces.
  func swap(_ new: (@Sendable (InputFiles.Skipped) -> Void)?) -> (@Sendable (InputFiles.Skipped) -> Void)? {
    lock.lock()
    defer { lock.unlock() }
    let old = report
    report = new
    return old
  }
}
