import Dispatch
import Foundation
import Testing
import TiesExtraction
import TiesGraph
import TiesModel
import TiesStore
import TiesStoreTestSupport
import TiesTestSupport

@testable import TiesPipeline

/// Several writers on one graph lose nothing, and readers keep answering from the last
/// committed graph while a write runs. Each writer has its own store (its own connection), as
/// separate processes do. Every test runs on each backend (`StoreBackend.all`).
struct ConcurrentWriterTests {
  /// Four ingests of disjoint sets of articles at once: all succeed, the graph holds every
  /// document, and it is the graph a build of all of them makes.
  @Test(arguments: StoreBackend.all) func fourConcurrentIngestsLoseNothing(_ backend: StoreBackend) throws {
    let pipeline = try Fixtures.pipeline.get()
    let scratch = try ScratchGraph(backend, prefix: "ties-concurrent-ingest")
    let directory = scratch.scratch
    let files = try InputFiles.collect([Fixtures.repository + "/corpus"])
    try #require(files.count >= 8)
    let graph = scratch.graph
    _ = try scratch.store()
    let sets = (0..<4).map { k in files.enumerated().filter { $0.offset % 4 == k }.map(\.element) }
    let reports = ResultSlots<IngestReport>(count: 4)
    Parallel.forEachChunk(4) { k in
      reports.set(k, Result { try pipeline.ingest(sets[k], into: try scratch.store()) })
    }
    let done = try reports.values()
    #expect(done.map(\.added) == sets.map(\.count))
    let store = try scratch.store(.readOnly)
    #expect(try store.documents().map(\.name) == files.map(\.name).sorted())
    _ = try pipeline.build(files, into: try GraphStore(directory: directory.appending("built")))
    #expect(
      try Fixtures.graphML(graph, scratch: directory)
        == Fixtures.graphML(directory.appending("built"), scratch: directory))
  }

  /// While a write holds the graph, a reader sees the previous graph, and after the commit
  /// the new one.
  @Test(arguments: StoreBackend.all)
  func aQueryDuringAWriteAnswersWithThePreviousGraph(_ backend: StoreBackend) throws {
    let pipeline = try Fixtures.pipeline.get()
    let scratch = try ScratchGraph(backend, prefix: "ties-concurrent-read")
    let files = try InputFiles.collect([Fixtures.repository + "/corpus"])
    _ = try pipeline.build(Array(files.prefix(2)), into: try scratch.store())
    let reader = try scratch.store(.readOnly)
    let before = try reader.graph()
    let extractions = try pipeline.extract(Array(files.dropFirst(2)), lossy: false)
    let during = try Fixtures.reading(reader.graph) { pause in
      try scratch.store().write(waitingUpTo: 10) { w in
        try w.insert(extractions)
        let result = pipeline.resolver.resolve(try w.resolutionInput())
        try w.apply(graph: result.graph, resolved: result.extractions)
        pause()
      }
    }
    #expect(during == before)
    let after = try reader.graph()
    #expect(after.documents.count == files.count)
    #expect(after.entities.count > before.entities.count)
  }

  /// A second writer that cannot get the graph within its wait gives up with `.busy`, naming
  /// the database, and changes nothing.
  @Test(arguments: StoreBackend.all) func aWriterThatWaitsTooLongGivesUpClearly(_ backend: StoreBackend)
    throws
  {
    let scratch = try ScratchGraph(backend, prefix: "ties-concurrent-busy")
    let holder = try scratch.store()
    let second = try scratch.store()
    try holder.write(waitingUpTo: 1) { _ in
      #expect {
        try second.write(waitingUpTo: 0.2) { w in try w.removeAll() }
      } throws: { error in
        guard case .busy(let path, let waited) = error as? StoreError else { return false }
        let place = backend == .sqlite ? path.hasSuffix("graph/ties.sqlite") : path == holder.location
        return place && waited >= 0.15
      }
    }
  }
}
