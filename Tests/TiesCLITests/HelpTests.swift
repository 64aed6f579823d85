import Foundation
import Testing
import TiesTestSupport

@testable import TiesCLI

@Suite("help")
struct HelpTests {
  /// The help of every command, verbatim, against Golden/help-<command>.txt (re-record with
  /// RECORD_GOLDEN=1 and review the diff).
  @Test("help text, verbatim", arguments: commands)
  func verbatim(command: String) throws {
    try assertMatchesGolden(
      Data(Self.help(command, columns: 80).utf8), named: "help-\(command).txt", testTarget: "TiesCLITests")
  }

  /// ArgumentParser keeps every newline of an abstract or discussion and wraps each line again, so
  /// a paragraph hard-wrapped in the source comes out ragged. Before USAGE:, an unindented line
  /// followed by an unindented line whose first word would still have fitted on it was broken by a
  /// newline in the source, not by the wrapping (which leaves the last column free, hence `>=`).
  /// Indented lines (examples, lists) keep their breaks, so they must fit in 80 columns; at 60, the
  /// wrapped rest of one is let be.
  @Test("prose is wrapped only by ArgumentParser", arguments: commands)
  func noHardWrappedProse(command: String) {
    for line in Self.overview(command, columns: 1000) where line.hasPrefix(" ") {
      #expect(line.count < 80, "an indented line does not fit in 80 columns: \(line)")
    }
    for columns in [60, 80] {
      let lines = Self.overview(command, columns: columns)
      for i in lines.indices.dropLast() where !lines[i].isEmpty && !lines[i].hasPrefix(" ") {
        let (line, next) = (lines[i], lines[i + 1])
        guard !next.isEmpty, !next.hasPrefix(" "), columns >= 80 || i == 0 || !lines[i - 1].hasPrefix(" ")
        else { continue }
        let word = next.prefix { $0 != " " }
        #expect(
          line.count + 1 + word.count >= columns,
          "at \(columns) columns, a hard line break in prose: \(line) / \(next)")
      }
    }
  }

  /// The lines of a command's help before USAGE:.
  static func overview(_ command: String, columns: Int) -> [Substring] {
    Array(
      help(command, columns: columns).split(separator: "\n", omittingEmptySubsequences: false)
        .prefix { !$0.hasPrefix("USAGE:") })
  }

  static let commands = ["ties"] + TiesCommand.configuration.subcommands.map { $0._commandName }

  static func help(_ command: String, columns: Int) -> String {
    let type = TiesCommand.configuration.subcommands.first { $0._commandName == command }
    return type.map { TiesCommand.helpMessage(for: $0, columns: columns) }
      ?? TiesCommand.helpMessage(columns: columns)
  }

  @Test("a usage error exits with 64")
  func usage() throws {
    #expect(try CLI.run(["build", "--no-such-flag"]).status == 64)
    #expect(try CLI.run(["show"]).status == 64)
  }
}
