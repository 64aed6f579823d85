import Foundation
import Testing
import TiesExtraction
import TiesModel
import TiesPipeline
import TiesStoreTestSupport
import TiesTestSupport

@testable import TiesStore

/// Acronyms lead one way when an ingest gathers what to resolve again
/// (`ClusterBuckets.reached(from:)`): an acronym written alone reaches the organizations that
/// define it or have it as initials, and they reach it; two organizations that only share
/// initials do not reach each other. Each ingest gives the graph a build of all the articles
/// gives, on each backend.
struct AcronymIngestTests {
  /// Short articles of our own: a holder of the initials "TC", a writer of "TC" alone, another
  /// holder, and a body that defines "TC".
  static let articles: [String: String] = [
    "a1-holder.txt":
      "Cement makers meet\n\nJon Berg, chairman of Talvik Cement, attended the Nordic Building Forum.\n",
    "a2-user.txt":
      "Supplier signs deal\n\nOskar Lind, a director at TC, said the contract would run for five years.\n",
    "a3-holder.txt":
      "Chemicals group expands\n\nMia Holm, chief executive of Tamsa Chemicals, opened a plant.\n",
    "a4-definer.txt":
      "Rail link approved\n\nLena Dahl, president of the Trans Carpathian Council (TC), welcomed the decision.\n",
  ]

  struct Case: CustomTestStringConvertible, Sendable {
    var stored: [String]
    var new: [String]
    /// The name of the organization "TC" alone resolves to once all are in.
    var userJoins: String
    var testDescription: String { "\(stored) then \(new)" }
  }

  static let cases = [
    Case(stored: ["a1-holder.txt"], new: ["a2-user.txt"], userJoins: "Talvik Cement"),
    // A second holder leaves the acronym with two candidates: it stands alone again.
    Case(stored: ["a1-holder.txt", "a2-user.txt"], new: ["a3-holder.txt"], userJoins: "TC"),
    Case(
      stored: ["a1-holder.txt", "a2-user.txt"], new: ["a4-definer.txt"], userJoins: "Trans Carpathian Council"
    ),
    Case(
      stored: ["a2-user.txt", "a4-definer.txt"], new: ["a1-holder.txt", "a3-holder.txt"],
      userJoins: "Trans Carpathian Council"),
  ]

  @Test(arguments: StoreBackend.all, cases) func ingestEqualsBuild(_ backend: StoreBackend, _ scenario: Case)
    throws
  {
    let pipeline = try Fixtures.pipeline.get()
    let graph = try ScratchGraph(backend, prefix: "ties-acronyms")
    let files = try write(graph.scratch.appending("articles"))
    let store = try graph.store()
    _ = try pipeline.build(scenario.stored.compactMap { files[$0] }, into: store)
    _ = try pipeline.ingest(scenario.new.compactMap { files[$0] }, into: store)
    let all = (scenario.stored + scenario.new).compactMap { files[$0] }
    let built = graph.scratch.appending("built")
    _ = try pipeline.build(all, into: try GraphStore(directory: built))
    #expect(
      try Fixtures.graphML(graph.graph, scratch: graph.scratch)
        == Fixtures.graphML(built, scratch: graph.scratch))
    let lind = try #require(try store.findEntities(named: "Oskar Lind").first)
    let employer = try store.relations(of: lind.id).first { $0.predicate == .affiliatedWith }?.object
    #expect(try employer.flatMap { try store.entity(id: $0) }?.name == scenario.userJoins)
  }

  /// A new holder of initials no one writes alone resolves without the other holders.
  @Test(arguments: StoreBackend.all) func holdersOfTheSameInitialsStayApart(_ backend: StoreBackend) throws {
    let pipeline = try Fixtures.pipeline.get()
    let graph = try ScratchGraph(backend, prefix: "ties-initials")
    let files = try write(graph.scratch.appending("articles"))
    let store = try graph.store()
    _ = try pipeline.build([try #require(files["a1-holder.txt"])], into: store)
    let report = try pipeline.ingest([try #require(files["a3-holder.txt"])], into: store)
    // Mia Holm and Tamsa Chemicals; not Talvik Cement, though its initials are the same.
    #expect(report.clustersResolved == 2)
    #expect(try store.entities(type: .company).map(\.name) == ["Talvik Cement", "Tamsa Chemicals"])
  }

  /// A graph whose buckets are of the older form (one `a|` bucket for an acronym and for
  /// initials alike, as Ties wrote them until December 2026) is resolved
  /// whole at its next ingest, which writes them in the current form; the ingest after that
  /// is incremental again.
  @Test func olderBucketsAreResolvedWholeOnce() throws {
    let pipeline = try Fixtures.pipeline.get()
    let scratch = try TemporaryDirectory(prefix: "ties-older-buckets")
    let files = try write(scratch.appending("articles"))
    let named = { (names: [String]) in names.compactMap { files[$0] } }
    let store = try GraphStore(directory: scratch.appending("graph"))
    _ = try pipeline.build(named(["a1-holder.txt", "a2-user.txt"]), into: store)
    try store.execute(
      sql: """
        INSERT INTO cluster_buckets (bucket, document, key)
          SELECT DISTINCT 'a|' || substr(bucket, 3), document, key FROM cluster_buckets
          WHERE substr(bucket, 1, 2) IN ('d|', 'u|', 'i|');
        DELETE FROM cluster_buckets WHERE substr(bucket, 1, 2) IN ('d|', 'u|', 'i|');
        UPDATE store_state SET value = 'complete' WHERE name = 'buckets';
        """)
    let whole = try pipeline.ingest(named(["a3-holder.txt"]), into: store)
    let three = try pipeline.build(
      named(["a1-holder.txt", "a2-user.txt", "a3-holder.txt"]),
      into: try GraphStore(directory: scratch.appending("three")))
    #expect(whole.clustersResolved == three.clustersResolved)
    let next = try pipeline.ingest(named(["a4-definer.txt"]), into: store)
    #expect(next.clustersResolved > 0 && next.clustersResolved < three.clustersResolved)
    let all = scratch.appending("all")
    _ = try pipeline.build(Array(files.values), into: try GraphStore(directory: all))
    #expect(
      try Fixtures.graphML(scratch.appending("graph"), scratch: scratch)
        == Fixtures.graphML(all, scratch: scratch))
  }

  /// Writes `articles` into `folder`; the input files by name.
  private func write(_ folder: String) throws -> [String: InputFile] {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for (name, text) in Self.articles {
      try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }
    return Dictionary(uniqueKeysWithValues: try InputFiles.collect([folder]).map { ($0.name, $0) })
  }
}
