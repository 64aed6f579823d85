import Foundation
import Testing
import TiesExtraction
import TiesPipeline
import TiesStore
import TiesTestSupport

/// A graph grown by `ingest` in batches is the graph `build` makes of all the articles at
/// once, byte for byte in its GraphML export.
struct BatchEquivalenceTests {
  @Test func sampleCorpus() throws {
    try expectSameGraph(Fixtures.repository + "/corpus", batches: [1, 3, 7])
  }

  @Test(
    .enabled(if: Fixtures.exists(Fixtures.shared + "/corpus/seeds"), "../shared/corpus/seeds is missing"))
  func seedArticles() throws {
    try expectSameGraph(Fixtures.shared + "/corpus/seeds", batches: [1, 2, 5])
  }

  @Test(.enabled(if: Fixtures.exists(Fixtures.shared + "/corpus/dev"), "../shared/corpus/dev is missing"))
  func developmentArticles() throws {
    try expectSameGraph(Fixtures.shared + "/corpus/dev", batches: [2, 5, 1])
  }

  @Test(
    .enabled(
      if: Fixtures.exists(Fixtures.generator) && Fixtures.python3 != nil,
      "python3 or ../shared/bench/corpus_gen.py is missing"))
  func generatedArticles() throws {
    let directory = try TemporaryDirectory(prefix: "ties-pipeline-generated")
    let folder = directory.appending("articles")
    try Fixtures.generate(articles: 240, seed: 3, into: folder)
    try expectSameGraph(folder, batches: [4, 9])
  }

  /// Ingesting articles that are stored already with the same content changes nothing.
  @Test func ingestingTheSameArticlesAgainChangesNothing() throws {
    let pipeline = try Fixtures.pipeline.get()
    let directory = try TemporaryDirectory(prefix: "ties-pipeline-again")
    let files = try InputFiles.collect([Fixtures.repository + "/corpus"])
    let store = try GraphStore(directory: directory.appending("graph"))
    _ = try pipeline.build(files, into: store)
    let before = try Fixtures.graphML(directory.appending("graph"), scratch: directory)
    let report = try pipeline.ingest(files, into: store)
    #expect(report.added == 0 && report.changed == 0 && report.unchanged == files.count)
    #expect(report.changes == GraphWriter.Changes())
    #expect(try Fixtures.graphML(directory.appending("graph"), scratch: directory) == before)
  }

  /// An article whose text changed replaces its own facts: the graph is the one built from
  /// the new text.
  @Test func aChangedArticleReplacesItsFacts() throws {
    let pipeline = try Fixtures.pipeline.get()
    let directory = try TemporaryDirectory(prefix: "ties-pipeline-changed")
    let articles = directory.appending("articles")
    try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
    let originals = try InputFiles.collect([Fixtures.repository + "/corpus"])
    for file in originals {
      try FileManager.default.copyItem(atPath: file.path, toPath: articles + "/" + file.name)
    }
    let files = try InputFiles.collect([articles])
    let grown = try GraphStore(directory: directory.appending("grown"))
    _ = try pipeline.build(files, into: grown)
    // The first article now names another chair.
    let first = files[0].path
    let text = try String(contentsOfFile: first, encoding: .utf8)
    try (text + "\nMaria Oyelaran, chair of the Lagos Chamber of Commerce, attended as well.\n").write(
      toFile: first, atomically: true, encoding: .utf8)
    let report = try pipeline.ingest(files, into: grown)
    #expect(report.changed == 1 && report.added == 0 && report.unchanged == files.count - 1)
    let built = try GraphStore(directory: directory.appending("built"))
    _ = try pipeline.build(files, into: built)
    #expect(
      try Fixtures.graphML(directory.appending("grown"), scratch: directory)
        == Fixtures.graphML(directory.appending("built"), scratch: directory))
    #expect(try grown.findEntities(named: "Maria Oyelaran").count == 1)
    try expectCountsOfTheGraph(grown)
    #expect(try grown.stats() == built.stats())
  }

  /// Builds `folder` at once, and grows another graph from its articles in batches of the
  /// given sizes (cycled); the GraphML exports must be equal.
  func expectSameGraph(_ folder: String, batches: [Int], sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let pipeline = try Fixtures.pipeline.get()
    let directory = try TemporaryDirectory(prefix: "ties-pipeline-batches")
    let files = try InputFiles.collect([folder])
    let whole = try pipeline.build(files, into: try GraphStore(directory: directory.appending("built")))
    let grown = try GraphStore(directory: directory.appending("grown"))
    // Out of name order, so that later batches hold names that sort before earlier ones.
    let shuffled = files.enumerated().sorted { ($0.offset * 7919) % 104_729 < ($1.offset * 7919) % 104_729 }
      .map(\.element)
    var start = 0
    var n = 0
    var last = 0
    while start < shuffled.count {
      let size = batches[n % batches.count]
      let batch = Array(shuffled[start..<min(shuffled.count, start + size)])
      let report = try pipeline.ingest(batch, into: grown)
      #expect(report.added == batch.count, sourceLocation: sourceLocation)
      last = report.clustersResolved
      start += size
      n += 1
    }
    // The last batch resolved only what it reaches, not the whole graph again.
    #expect(last > 0 && last < whole.clustersResolved, sourceLocation: sourceLocation)
    let built = try Fixtures.graphML(directory.appending("built"), scratch: directory)
    let grew = try Fixtures.graphML(directory.appending("grown"), scratch: directory)
    #expect(built.count > 1000, sourceLocation: sourceLocation)
    #expect(
      built == grew, "GraphML of the batches differs from the one-time build", sourceLocation: sourceLocation)
    // The counts of the summary, kept row by row in one graph and set at once in the other.
    let builtStore = try GraphStore(directory: directory.appending("built"))
    try expectCountsOfTheGraph(builtStore, sourceLocation: sourceLocation)
    try expectCountsOfTheGraph(grown, sourceLocation: sourceLocation)
    #expect(try grown.stats() == builtStore.stats(), sourceLocation: sourceLocation)
  }

  /// The summary's relations per predicate (`stats()`) are those of the stored graph.
  func expectCountsOfTheGraph(_ store: GraphStore, sourceLocation: SourceLocation = #_sourceLocation) throws {
    var counted: [String: Int] = [:]
    for relation in try store.graph().relations { counted[relation.predicate.rawValue, default: 0] += 1 }
    let summary = try store.stats().relationsByPredicate
    #expect(!summary.isEmpty, sourceLocation: sourceLocation)
    #expect(
      Dictionary(uniqueKeysWithValues: summary.map { ($0.key.rawValue, $0.count) }) == counted,
      sourceLocation: sourceLocation)
  }
}
