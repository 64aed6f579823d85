import Foundation
import Testing
import TiesModel

@testable import TiesCLI

/// The summary of a graph built from `Articles.battery` and `Articles.steel`, counted by hand
/// (the council's chairman and vice chairman welcomed their guest at the forum: three attended).
let batteryAndSteelStats = """
  documents: 2
  entities: 13
    person: 5
    company: 3
    association: 1
    event: 1
    place: 3
  relations: 11
    affiliated_with: 5
    attended: 3
    organized: 1
    held_in: 2
  mentions: 18
  misses: 0

  """

@Suite("build and stats")
struct BuildTests {
  @Test("build prints the summary and the time; stats prints the same summary")
  func buildThenStats() throws {
    let workspace = try Workspace()
    try workspace.write("a.txt", Articles.battery)
    try workspace.write("b.txt", Articles.steel)
    let build = try workspace.run("build", workspace.articles)
    #expect(build.status == 0)
    #expect(build.output.hasPrefix(batteryAndSteelStats))
    let lastLine = build.output.dropFirst(batteryAndSteelStats.count)
    #expect(lastLine.hasPrefix("time: ") && lastLine.hasSuffix(" s\n"))

    let stats = try workspace.run("stats")
    #expect(stats.status == 0)
    #expect(stats.output == batteryAndSteelStats)
  }

  @Test("the built graph holds the facts of both articles")
  func builtFacts() throws {
    let workspace = try Workspace.built()
    let graph = try workspace.store().graph()
    #expect(graph.documents.map(\.name) == ["a.txt", "b.txt"])
    #expect(graph.documents.map(\.dateline) == ["2025-04-08", "2025-05-17"])
    let council = try #require(graph.entities.first { $0.id == "a-korea-battery-industry-council" })
    #expect(council.aliases == ["KBIC"])
    let baek = try #require(graph.entities.first { $0.name == "Baek Seung-ho" })
    let affiliation = try #require(graph.relations.first { $0.subject == baek.id })
    #expect(affiliation.object == council.id)
    #expect(affiliation.role == "vice chairman")
    #expect(affiliation.asOf == "2025-04-08")
  }

  @Test("a failed build leaves the previous graph as it was")
  func failedBuild() throws {
    let workspace = try Workspace()
    try workspace.write("a.txt", Articles.battery)
    #expect(try workspace.run("build", workspace.articles).status == 0)
    let before = try workspace.store().graph()
    try workspace.write("b.txt", "")
    #expect(try workspace.run("build", workspace.articles).status == 1)
    #expect(try workspace.run("build", workspace.root.appending("missing")).status == 1)
    #expect(try workspace.store().graph() == before)
  }

  @Test("lossy reading is a flag of build")
  func lossy() throws {
    let workspace = try Workspace()
    let path = workspace.articles + "/latin.txt"
    var bytes = Array(Articles.battery.utf8)
    bytes.insert(0xE9, at: 40)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect(try workspace.run("build", workspace.articles).status == 1)
    #expect(try workspace.run("build", "--lossy", workspace.articles).status == 0)
    #expect(try workspace.store().graph().documents.map(\.name) == ["latin.txt"])
  }
}
