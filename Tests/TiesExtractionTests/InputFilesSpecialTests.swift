import Foundation
import Synchronization
import Testing
import TiesExtraction
import TiesTestSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Inputs that must never hang or crash the reader (issue 14): FIFOs, sockets and devices among
/// the articles, symbolic link loops, odd file names, files over the size limit.
@Suite("Reading unusual input files")
struct InputFilesSpecialTests {
  private static let article = Array("Headline of the day\nMay 17, 2023\nThe chairman spoke.\n".utf8)

  /// A folder with one ordinary article, `a.txt`.
  private func folder() throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    try Data(Self.article).write(to: URL(fileURLWithPath: directory.appending("a.txt")))
    return directory
  }

  @Test("FIFOs, sockets and devices are skipped with their kind, never opened")
  func specialFiles() throws {
    let directory = try folder()
    #expect(mkfifo(directory.appending("fifo.txt"), 0o600) == 0)
    #expect(symlink("/dev/zero", directory.appending("zero.txt")) == 0)
    let socketPath = directory.appending("socket.txt")
    let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      for (i, byte) in socketPath.utf8.prefix(raw.count - 1).enumerated() { raw[i] = byte }
    }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    #expect(bound == 0)

    let scan = try InputFiles.scan([directory.path])
    #expect(scan.files.map(\.name) == ["a.txt"])
    #expect(
      Set(scan.skipped) == [
        .init(path: directory.appending("fifo.txt"), reason: "a FIFO, not a regular file"),
        .init(path: directory.appending("zero.txt"), reason: "a character device, not a regular file"),
        .init(path: socketPath, reason: "a socket, not a regular file"),
      ])
    // Given directly, a FIFO is refused at once rather than waited on.
    let fifo = InputFile(name: "fifo.txt", path: directory.appending("fifo.txt"))
    let error = try #require(throws: ExtractionError.self) { try InputFiles.read(fifo) }
    #expect(error == .unreadable(path: fifo.path, reason: "a FIFO, not a regular file"))
    #expect(throws: ExtractionError.noArticles(path: fifo.path)) { try InputFiles.scan([fifo.path]) }
  }

  @Test("symbolic link loops end, and a folder linked twice is read once")
  func linkLoops() throws {
    let directory = try folder()
    try FileManager.default.createDirectory(
      atPath: directory.appending("sub"), withIntermediateDirectories: true)
    try Data(Self.article).write(to: URL(fileURLWithPath: directory.appending("sub/b.txt")))
    #expect(symlink("..", directory.appending("sub/up")) == 0)
    #expect(symlink("self.txt", directory.appending("self.txt")) == 0)
    #expect(symlink("missing.txt", directory.appending("dangling.txt")) == 0)

    let scan = try InputFiles.scan([directory.path])
    #expect(scan.files.map(\.name) == ["a.txt", "sub/b.txt"])
    let reasons = Dictionary(uniqueKeysWithValues: scan.skipped.map { ($0.path, $0.reason) })
    #expect(reasons[directory.appending("sub/up")] == "a folder already read (a symbolic link loop?)")
    #expect(reasons[directory.appending("self.txt")]?.hasPrefix("cannot follow: ") == true)
    #expect(reasons[directory.appending("dangling.txt")]?.hasPrefix("cannot follow: ") == true)
  }

  @Test("a file name with a newline is read; one that is not UTF-8 is skipped, named")
  func oddNames() throws {
    let directory = try folder()
    let newline = directory.appending("two\nlines.txt")
    try Data(Self.article).write(to: URL(fileURLWithPath: newline))
    let invalid = Array(directory.path.utf8) + Array("/bad".utf8) + [0xFF] + Array(".txt".utf8) + [0]
    let fd = open(invalid.map { CChar(bitPattern: $0) }, O_WRONLY | O_CREAT, 0o600)
    #expect(fd >= 0)
    close(fd)

    let scan = try InputFiles.scan([directory.path])
    #expect(scan.files.map(\.name) == ["a.txt", "two\nlines.txt"])
    #expect(try InputFiles.read(scan.files[1]) == Self.article)
    #expect(
      scan.skipped == [
        .init(path: directory.appending("bad\u{FFFD}.txt"), reason: "the file name is not valid UTF-8")
      ])
  }

  @Test("an article over the limit is refused before it is read")
  func sizeLimit() throws {
    let directory = try folder()
    let path = directory.appending("a.txt")
    #expect(throws: ExtractionError.tooLarge(path: path, size: Self.article.count, limit: 10)) {
      try InputFiles.readRegularFile(path, limit: 10)
    }
    #expect(try InputFiles.readRegularFile(path, limit: Self.article.count) == Self.article)
    let message = ExtractionError.tooLarge(path: path, size: 300 << 20, limit: 8 << 20).description
    #expect(
      message
        == "\(path): error: the file has 314572800 bytes, more than the 8 MiB Ties reads as one article; split it"
    )
  }

  @Test("an empty folder is refused", arguments: [false, true])
  func emptyFolder(withSubfolders: Bool) throws {
    let directory = try TemporaryDirectory()
    if withSubfolders {
      try FileManager.default.createDirectory(
        atPath: directory.appending("x/y/z"), withIntermediateDirectories: true)
    }
    #expect(throws: ExtractionError.noTextFiles(directory: directory.path)) {
      try InputFiles.scan([directory.path])
    }
  }

  @Test(
    "a folder that cannot be listed is skipped, named", .enabled(if: getuid() != 0, "root reads every folder")
  )
  func unlistable() throws {
    let directory = try folder()
    let locked = directory.appending("locked")
    try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: true)
    #expect(chmod(locked, 0) == 0)
    defer { chmod(locked, 0o755) }
    let scan = try InputFiles.scan([directory.path])
    #expect(scan.files.map(\.name) == ["a.txt"])
    #expect(scan.skipped.map(\.path) == [locked])
  }

  @Test("collect reports what it skips to the task's reporter")
  func reporter() throws {
    let directory = try folder()
    #expect(mkfifo(directory.appending("fifo.txt"), 0o600) == 0)
    let seen = Mutex<[String]>([])
    let report: @Sendable (InputFiles.Skipped) -> Void = { skipped in
      seen.withLock { $0.append(skipped.description) }
    }
    let files = try InputFiles.reportingSkipped(to: report) { try InputFiles.collect([directory.path]) }
    #expect(files.map(\.name) == ["a.txt"])
    #expect(
      seen.withLock { $0 } == [
        "\(directory.appending("fifo.txt")): warning: skipped: a FIFO, not a regular file"
      ])
  }
}
