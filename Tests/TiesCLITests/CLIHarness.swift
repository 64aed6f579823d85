import ArgumentParser
import Foundation
import Testing
import TiesStore
import TiesTestSupport

@testable import TiesCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs `ties` commands in the test process, as `main` would, and captures what they print.
enum CLI {
  /// Commands write to the process's standard output and error, so runs take turns, and a
  /// capture of standard error (`StandardError.capture`) takes the same turn: no other test's
  /// command prints into it. Recursive: a capture runs commands.
  static let lock = NSRecursiveLock()

  /// What a command printed on standard output and the exit code it ended with.
  struct Run {
    var status: Int32
    var output: String
  }

  /// Parses `arguments` as `ties` would, runs the command, and returns its exit code and
  /// standard output (standard error is left alone: Swift Testing reports there).
  static func run(_ arguments: [String]) throws -> Run {
    lock.lock()
    defer { lock.unlock() }
    let capture = try TemporaryDirectory(prefix: "ties-cli-output")
    let path = capture.appending("stdout")
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { throw CaptureError.cannotOpen(path) }
    let saved = dup(STDOUT_FILENO)
    fflush(nil)
    dup2(fd, STDOUT_FILENO)
    var status: Int32 = 0
    do {
      var command = try TiesCommand.parseAsRoot(arguments)
      try command.run()
    } catch {
      status = TiesCommand.exitCode(for: error).rawValue
    }
    fflush(nil)
    dup2(saved, STDOUT_FILENO)
    close(saved)
    close(fd)
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return Run(status: status, output: String(decoding: data, as: UTF8.self))
  }

  enum CaptureError: Error { case cannotOpen(String) }
}

/// A temporary folder of articles and a temporary graph folder.
struct Workspace {
  let root: TemporaryDirectory
  var graph: String { root.appending("graph") }
  var articles: String { root.appending("articles") }

  init() throws {
    root = try TemporaryDirectory(prefix: "ties-cli")
    try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
  }

  /// Writes an article and returns its path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    let path = articles + "/" + name
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// Runs `ties <verb> --graph <graph> <rest>`.
  func run(_ verb: String, _ rest: String...) throws -> CLI.Run {
    try CLI.run([verb, "--graph", graph] + rest)
  }

  func store() throws -> GraphStore { try GraphStore(directory: graph) }

  /// A workspace whose graph was built from these articles (name, text); by default the two
  /// `Articles`. Most command tests start here.
  static func built(
    _ texts: [(name: String, text: String)] = [("a.txt", Articles.battery), ("b.txt", Articles.steel)]
  ) throws -> Workspace {
    let workspace = try Workspace()
    for (name, text) in texts { try workspace.write(name, text) }
    #expect(try workspace.run("build", workspace.articles).status == 0)
    return workspace
  }
}

/// Two short articles of our own: an association with its acronym, coordinated titles, an
/// ordinal event with its host and venue; two people who share a family name.
enum Articles {
  static let battery = """
    Battery makers meet in Ulsan
    ULSAN, April 8, 2025 — The Korea Battery Industry Council (KBIC) hosted the 3rd Korea-Japan \
    Battery Forum at the Lotte Hotel Ulsan on Tuesday.
    KBIC Chairman Lim Dong-hyun and Vice Chairman Baek Seung-ho welcomed Fujita Kenji, president \
    of Nanko Heavy Industries.

    """

  static let steel = """
    Steel talks resume in Osaka
    May 17, 2025
    Kim Do-yeon, chairman of Hanul Energy Corp., met Kim Seo-jun, president of Daiwa Steel, in Osaka.
    Both executives attended the 3rd Korea-Japan Battery Forum last month, they said.

    """

  /// `steel` with Kim Seo-jun replaced by another person.
  static let steelRevised = """
    Steel talks resume in Osaka
    May 17, 2025
    Kim Do-yeon, chairman of Hanul Energy Corp., met Ito Kenta, president of Daiwa Steel, in Osaka.
    Both executives attended the 3rd Korea-Japan Battery Forum last month, they said.

    """
}
