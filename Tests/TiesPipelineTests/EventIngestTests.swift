import Foundation
import Testing
import TiesExtraction
import TiesModel
import TiesPipeline
import TiesStore
import TiesStoreTestSupport
import TiesTestSupport

/// Events named with more or fewer words, or with and without a year, merge across ingests
/// as in a build: each ingest gives the graph a build of all the articles gives, on each
/// backend.
struct EventIngestTests {
  /// Short articles of our own: an event of three words, the same event named with two of
  /// them, and one series in two years and in none.
  static let articles: [String: String] = [
    "e1-full.txt":
      "Grain traders meet\n\nKarl Sepp, chairman of Tallinn Milling, attended the 12th Baltic Grain Forum.\n",
    "e2-short.txt":
      "Forum opens\n\nLiis Tamm, director of Parnu Feed, spoke at the 12th Grain Forum on Monday.\n",
    "y1-2023.txt": "Forum held\n\nJuri Kask, chairman of Tartu Oats, attended the Baltic Grain Forum 2023.\n",
    "y2-2024.txt":
      "Forum held\n\nMari Saar, director of Viljandi Seed, attended the Baltic Grain Forum 2024.\n",
    "y3-none.txt":
      "Forum held\n\nPeeter Rebane, president of Narva Flour, attended the Baltic Grain Forum.\n",
    "t1-timber.txt":
      "Timber talks\n\nAnts Lepp, chairman of Rapla Wood, attended the 12th Baltic Timber Forum.\n",
    "e3-again.txt":
      "Grain forum again\n\nKadri Mets, director of Voru Malt, attended the 12th Baltic Grain Forum.\n",
  ]

  @Test(arguments: StoreBackend.all, [["e1-full.txt", "e2-short.txt"], ["e2-short.txt", "e1-full.txt"]])
  func anEventNamedWithFewerWordsMergesEitherWay(_ backend: StoreBackend, _ order: [String]) throws {
    let pipeline = try Fixtures.pipeline.get()
    let graph = try ScratchGraph(backend, prefix: "ties-events")
    let files = try write(graph.scratch.appending("articles"))
    let store = try graph.store()
    _ = try pipeline.build([try #require(files[order[0]])], into: store)
    _ = try pipeline.ingest([try #require(files[order[1]])], into: store)
    let events = try store.entities(type: .event)
    #expect(
      events.map(\.name) == ["12th Baltic Grain Forum"] && events.first?.aliases == ["12th Grain Forum"])
    try AbsorptionTests.expectBuiltGraph(graph, from: order.compactMap { files[$0] })
  }

  /// A series' events of other years stay apart; one of no year joins them all, as in a build.
  @Test(arguments: StoreBackend.all) func eventsOfOtherYearsJoinThroughOneOfNoYear(_ backend: StoreBackend)
    throws
  {
    let pipeline = try Fixtures.pipeline.get()
    let graph = try ScratchGraph(backend, prefix: "ties-event-years")
    let files = try write(graph.scratch.appending("articles"))
    let named = { (names: [String]) in names.compactMap { files[$0] } }
    let store = try graph.store()
    _ = try pipeline.build(named(["y1-2023.txt"]), into: store)
    _ = try pipeline.ingest(named(["y2-2024.txt"]), into: store)
    #expect(try store.entities(type: .event).count == 2)
    _ = try pipeline.ingest(named(["y3-none.txt"]), into: store)
    #expect(try store.entities(type: .event).count == 1)
    try AbsorptionTests.expectBuiltGraph(graph, from: named(["y1-2023.txt", "y2-2024.txt", "y3-none.txt"]))
  }

  /// An event reaches the events of its ordinal whose words include its own or are among
  /// them, not every one sharing a word: the 12th Baltic Timber Forum is not resolved again
  /// when the 12th Baltic Grain Forum gains an article.
  @Test(arguments: StoreBackend.all) func anEventReachesOnlyEventsItCouldBe(_ backend: StoreBackend) throws {
    let pipeline = try Fixtures.pipeline.get()
    let graph = try ScratchGraph(backend, prefix: "ties-event-reach")
    let files = try write(graph.scratch.appending("articles"))
    let named = { (names: [String]) in names.compactMap { files[$0] } }
    let store = try graph.store()
    _ = try pipeline.build(named(["e1-full.txt", "t1-timber.txt"]), into: store)
    let report = try pipeline.ingest(named(["e3-again.txt"]), into: store)
    // The new person, company and event, and the stored cluster of the same event.
    #expect(report.clustersResolved == 4)
    #expect(
      try store.entities(type: .event).map(\.name) == ["12th Baltic Grain Forum", "12th Baltic Timber Forum"])
    try AbsorptionTests.expectBuiltGraph(
      graph, from: named(["e1-full.txt", "t1-timber.txt", "e3-again.txt"]))
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
