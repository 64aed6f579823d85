import Dispatch
import Foundation
import Testing
import TiesExtraction
import TiesStore
import TiesStoreTestSupport
import TiesTestSupport

@testable import TiesPipeline
@testable import TiesStorePostgres

/// Writers stay correct whatever isolation the server defaults to: a team's server may set
/// `default_transaction_isolation` to `repeatable read` or `serializable`, and a writer that
/// took its snapshot before waiting for the lock would resolve without the ingests committed
/// while it waited.
@Suite(.enabled(if: TestServer.available, "\(TestServer.reason)"))
struct IsolationTests {
  /// Two ingests begin waiting for the writer lock while a third session holds it; once it is
  /// released they write one after the other, and the second must resolve with the first one's
  /// articles, as a build of all of them does.
  @Test(arguments: ["repeatable read", "serializable"])
  func anIngestThatWaitedSeesWhatCommittedMeanwhile(_ isolation: String) throws {
    let pipeline = try Backends.pipeline.get()
    let database = try TestDatabase()
    try database.run(
      "ALTER DATABASE \(database.location.database) SET default_transaction_isolation = '\(isolation)'")
    let files = try InputFiles.collect([Backends.corpus])
    try #require(files.count >= 4)
    let halves = [0, 1].map { k in files.enumerated().filter { $0.offset % 2 == k }.map(\.element) }
    let stores = try halves.map { _ in try database.store() }
    let holder = try PostgresSession(database.location)
    try holder.query("BEGIN")
    try holder.query("SELECT pg_advisory_xact_lock(\(PostgresSchema.writerLock))")
    let failures = Failures()
    let done = DispatchGroup()
    for k in 0..<2 {
      DispatchQueue.global().async(group: done) {
        do {
          _ = try pipeline.ingest(halves[k], into: stores[k])
        } catch {
          failures.add("ingest \(k): \(error)")
        }
      }
    }
    // Let both extract and begin waiting for the lock, then let them write.
    Thread.sleep(forTimeInterval: 1.5)
    try holder.query("COMMIT")
    done.wait()
    #expect(failures.all.isEmpty, "\(failures.all)")
    let scratch = try TemporaryDirectory(prefix: "ties-pg-isolation")
    let built = try GraphStore(directory: scratch.appending("graph"))
    _ = try pipeline.build(files, into: built)
    let stored = try database.store(.readOnly)
    #expect(try stored.documents().map(\.name) == files.map(\.name).sorted())
    #expect(try Backends.graphML(stored, scratch: scratch) == Backends.graphML(built, scratch: scratch))
  }
}

/// Error messages collected from several threads.
private final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var messages: [String] = []
  func add(_ message: String) { lock.withLock { messages.append(message) } }
  var all: [String] { lock.withLock { messages } }
}
