import Foundation
import Testing
import TiesModel

@testable import TiesCLI

@Suite("ingest")
struct IngestTests {
  @Test("ingesting the same file twice changes nothing")
  func idempotent() throws {
    let workspace = try Workspace()
    let a = try workspace.write("a.txt", Articles.battery)
    let b = try workspace.write("b.txt", Articles.steel)
    let first = try workspace.run("ingest", a, b)
    #expect(first.status == 0)
    // The first ingest into an empty graph resolves every cluster of both articles.
    let clusters = try workspace.store().extractions().reduce(0) {
      $0 + Set($1.mentions.map(\.localKey)).count
    }
    #expect(clusters > 10)
    #expect(
      first.output
        == "added 2, changed 0, unchanged 0\nresolved again: \(clusters) clusters (one article's name for one thing)\n"
        + batteryAndSteelStats)
    let graph = try workspace.store().graph()
    let extractions = try workspace.store().extractions()

    let second = try workspace.run("ingest", b)
    #expect(second.status == 0)
    #expect(second.output == "added 0, changed 0, unchanged 1\n" + batteryAndSteelStats)
    #expect(try workspace.store().graph() == graph)
    #expect(try workspace.store().extractions() == extractions)
  }

  @Test("ingesting one article after another gives the graph of building both")
  func incremental() throws {
    let workspace = try Workspace()
    let a = try workspace.write("a.txt", Articles.battery)
    let b = try workspace.write("b.txt", Articles.steel)
    #expect(try workspace.run("ingest", a).status == 0)
    #expect(try workspace.run("ingest", b).status == 0)
    let ingested = try workspace.store().graph()

    let other = try Workspace()
    try other.write("a.txt", Articles.battery)
    try other.write("b.txt", Articles.steel)
    #expect(try other.run("build", other.articles).status == 0)
    let built = try other.store().graph()
    #expect(ingested.entities == built.entities)
    #expect(ingested.relations == built.relations)
  }

  @Test("a changed document replaces its own facts")
  func changedDocument() throws {
    let workspace = try Workspace()
    let a = try workspace.write("a.txt", Articles.battery)
    let b = try workspace.write("b.txt", Articles.steel)
    #expect(try workspace.run("ingest", a, b).status == 0)
    let before = try workspace.store().graph()
    #expect(before.entities.contains { $0.name == "Kim Seo-jun" })

    try workspace.write("b.txt", Articles.steelRevised)
    let run = try workspace.run("ingest", b)
    #expect(run.status == 0)
    #expect(run.output.hasPrefix("added 0, changed 1, unchanged 0\n"))

    let after = try workspace.store().graph()
    #expect(!after.entities.contains { $0.name == "Kim Seo-jun" })
    let ito = try #require(after.entities.first { $0.name == "Ito Kenta" })
    let daiwa = try #require(after.entities.first { $0.name == "Daiwa Steel" })
    #expect(
      after.relations.contains {
        $0.subject == ito.id && $0.object == daiwa.id && $0.role == "president"
      })
    #expect(!after.relations.contains { $0.subject.rawValue == "p-kim-seojun" })
    #expect(try workspace.store().mentions(of: "p-kim-seojun").isEmpty)
    // The other article's facts are untouched.
    let untouched = before.relations.filter { $0.evidence.allSatisfy { $0.document == "a.txt" } }
    #expect(!untouched.isEmpty)
    for relation in untouched { #expect(after.relations.contains(relation)) }
    #expect(try workspace.store().document(named: "b.txt")?.contentHash != before.documents.last?.contentHash)
  }
}
