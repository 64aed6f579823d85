import Foundation
import Testing
import TiesModel

@testable import TiesCLI

// Cases that fail against the code as it is; kept out of commits and reported.

@Suite("Known bugs: CLI")
struct CLIRegressions {
  @Test("the root help's discussion fits 80 columns")
  func helpAt80Columns() {
    func discussion(_ columns: Int) -> Substring {
      let help = TiesCommand.helpMessage(columns: columns)
      return help[..<(help.range(of: "USAGE:")?.lowerBound ?? help.endIndex)]
    }
    #expect(discussion(80) == discussion(100))
  }

  @Test("Chey Tae-won holds posts at KORCHAM and SK Group only")
  func cheyPosts() throws {
    let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus").path
    let workspace = try Workspace()
    #expect(try workspace.run("build", corpus).status == 0)
    let graph = try workspace.store().graph()
    let chey = try #require(graph.entities.first { $0.name == "Chey Tae-won" })
    let names = Dictionary(graph.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    let posts = Set(
      graph.relations.filter { $0.subject == chey.id && $0.predicate == .affiliatedWith }.compactMap {
        names[$0.object]
      })
    #expect(posts == ["Korea Chamber of Commerce and Industry", "SK Group"])
  }
}
