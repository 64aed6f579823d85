import Foundation
import Testing
import TiesTestSupport

@testable import TiesCLI

@Suite("help")
struct HelpTests {
  /// The help of every command, verbatim, against Golden/help-<command>.txt (re-record with
  /// RECORD_GOLDEN=1 and review the diff).
  @Test(
    "help text, verbatim", arguments: ["ties"] + TiesCommand.configuration.subcommands.map { $0._commandName }
  )
  func verbatim(command: String) throws {
    let type = TiesCommand.configuration.subcommands.first { $0._commandName == command }
    let text =
      type.map { TiesCommand.helpMessage(for: $0, columns: 100) } ?? TiesCommand.helpMessage(columns: 100)
    try assertMatchesGolden(Data(text.utf8), named: "help-\(command).txt", testTarget: "TiesCLITests")
  }

  @Test("a usage error exits with 64")
  func usage() throws {
    #expect(try CLI.run(["build", "--no-such-flag"]).status == 64)
    #expect(try CLI.run(["show"]).status == 64)
  }
}
