import Dispatch
import Foundation
import Testing
import TiesExtraction
import TiesModel
import TiesStore
import TiesTestSupport

@testable import TiesPipeline

/// Several writers on one graph lose nothing, and readers keep answering from the last
/// committed graph while a write runs. Each writer has its own `GraphStore` (its own SQLite
/// connection), as separate processes do.
struct ConcurrentWriterTests {
  /// Four ingests of disjoint sets of articles at once: all succeed, the graph holds every
  /// document, and it is the graph a build of all of them makes.
  @Test func fourConcurrentIngestsLoseNothing() throws {
    let pipeline = try Fixtures.pipeline.get()
    let directory = try TemporaryDirectory(prefix: "ties-concurrent-ingest")
    let files = try InputFiles.collect([Fixtures.repository + "/corpus"])
    try #require(files.count >= 8)
    let graph = directory.appending("graph")
    _ = try GraphStore(directory: graph)
    let sets = (0..<4).map { k in files.enumerated().filter { $0.offset % 4 == k }.map(\.element) }
    let reports = ResultSlots<IngestReport>(count: 4)
    DispatchQueue.concurrentPerform(iterations: 4) { k in
      reports.set(k, Result { try pipeline.ingest(sets[k], into: try GraphStore(directory: graph)) })
    }
    let done = try reports.values()
    #expect(done.map(\.added) == sets.map(\.count))
    let store = try GraphStore(directory: graph, access: .readOnly)
    #expect(try store.documents().map(\.name) == files.map(\.name).sorted())
    _ = try pipeline.build(files, into: try GraphStore(directory: directory.appending("built")))
    #expect(
      try Fixtures.graphML(graph, scratch: directory)
        == Fixtures.graphML(directory.appending("built"), scratch: directory))
  }

  /// While a write holds the graph, a reader sees the previous graph, and after the commit
  /// the new one.
  @Test func aQueryDuringAWriteAnswersWithThePreviousGraph() throws {
    let pipeline = try Fixtures.pipeline.get()
    let directory = try TemporaryDirectory(prefix: "ties-concurrent-read")
    let files = try InputFiles.collect([Fixtures.repository + "/corpus"])
    let graph = directory.appending("graph")
    _ = try pipeline.build(Array(files.prefix(2)), into: try GraphStore(directory: graph))
    let reader = try GraphStore(directory: graph, access: .readOnly)
    let before = try reader.graph()
    let extractions = try pipeline.extract(Array(files.dropFirst(2)), lossy: false)

    let writing = DispatchSemaphore(value: 0)
    let readDone = DispatchSemaphore(value: 0)
    let writer = ResultSlots<Void>(count: 1)
    let thread = Thread {
      writer.set(
        0,
        Result {
          try GraphStore(directory: graph).write(waitingUpTo: 10) { w in
            try w.insert(extractions)
            let result = pipeline.resolver.resolve(try w.resolutionInput())
            try w.apply(graph: result.graph, resolved: result.extractions)
            writing.signal()
            readDone.wait()
          }
        })
      writing.signal()
    }
    thread.start()
    writing.wait()
    let during = try reader.graph()
    readDone.signal()
    writing.wait()
    try writer.values()[0]
    #expect(during == before)
    let after = try reader.graph()
    #expect(after.documents.count == files.count)
    #expect(after.entities.count > before.entities.count)
  }

  /// A second writer that cannot get the graph within its wait gives up with `.busy`, naming
  /// the database, and changes nothing.
  @Test func aWriterThatWaitsTooLongGivesUpClearly() throws {
    let directory = try TemporaryDirectory(prefix: "ties-concurrent-busy")
    let graph = directory.appending("graph")
    let holder = try GraphStore(directory: graph)
    let second = try GraphStore(directory: graph)
    try holder.write(waitingUpTo: 1) { _ in
      #expect {
        try second.write(waitingUpTo: 0.2) { w in try w.removeAll() }
      } throws: { error in
        guard case .busy(let path, let waited) = error as? StoreError else { return false }
        return path.hasSuffix("graph/ties.sqlite") && waited >= 0.15
      }
    }
  }
}
