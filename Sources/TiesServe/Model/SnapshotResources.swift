import Foundation
import TiesGraph
import TiesModel
import TiesStore
import TiesStorePostgres

/// What a snapshot lends to requests running at once: path finders (each has scratch space
/// and serves one search at a time), store connections (each serializes its reads, so several
/// let sentences be read in parallel), and the sentences already read.
final class SnapshotResources: @unchecked Sendable {
  private let lock = NSLock()
  private let graph: IndexedGraph
  private var idleFinders: [PathFinder] = []
  private let stores: [any GraphReading]
  private var nextStore = 0
  private var sentences: [SentenceKey: Sentence] = [:]
  /// Sentences kept; past this the cache starts again empty.
  static let sentenceCapacity = 200_000

  private struct SentenceKey: Hashable {
    var document: String
    var index: Int
  }

  /// Opens `connections` read-only stores on `directory` (the first is `store`).
  /// - Throws: what `GraphStore.init(directory:access:)` throws.
  init(graph: IndexedGraph, store: any GraphReading, directory: String, connections: Int) throws {
    self.graph = graph
    var stores: [any GraphReading] = [store]
    for _ in 1..<max(connections, 1) {
      stores.append(try GraphStores.open(directory, access: .readOnly))
    }
    self.stores = stores
  }

  /// Runs `body` with a finder no other request is using; makes one (O(V + E)) when all are
  /// busy, and keeps it for later.
  func withFinder<T>(_ body: (PathFinder) throws -> T) rethrows -> T {
    lock.lock()
    let finder = idleFinders.popLast() ?? PathFinder(graph: graph)
    lock.unlock()
    defer {
      lock.lock()
      idleFinders.append(finder)
      lock.unlock()
    }
    return try body(finder)
  }

  /// The sentences behind `evidence`, from the cache or, for the others, one read of the next
  /// store connection; nil where the store has none or cannot read it.
  /// - Complexity: O(k) expected for k cached sentences, plus one read of O(m log S) for the
  ///   m others.
  func sentences(_ evidence: [Evidence]) -> [Sentence?] {
    let keys = evidence.map { SentenceKey(document: $0.document, index: $0.sentence) }
    lock.lock()
    var out = keys.map { sentences[$0] }
    let missing = keys.indices.filter { out[$0] == nil }
    let store = stores[nextStore]
    nextStore = (nextStore + 1) % stores.count
    lock.unlock()
    if missing.isEmpty { return out }
    guard let read = try? store.sentences(missing.map { (keys[$0].document, keys[$0].index) }) else {
      return out
    }
    lock.lock()
    if sentences.count + missing.count >= Self.sentenceCapacity { sentences.removeAll(keepingCapacity: true) }
    for (i, sentence) in zip(missing, read) {
      out[i] = sentence
      if let sentence { sentences[keys[i]] = sentence }
    }
    lock.unlock()
    return out
  }

  /// The facts of a much-connected entity, kept: gathering them costs the entity's degree, and
  /// a few such pages would otherwise hold up everyone's requests.
  private var hubFacts: [Int32: EntityFacts] = [:]
  /// Entities with at least this many relations have their facts kept, up to `hubCapacity`.
  static let hubDegree = 200
  static let hubCapacity = 4096

  /// The facts of vertex `v`: kept ones for an entity of `hubDegree` relations or more,
  /// otherwise gathered by `make`.
  /// - Complexity: O(1) expected for a kept hub; otherwise what `make` costs.
  func facts(of v: Int32, _ make: () -> EntityFacts) -> EntityFacts {
    guard graph.degree(of: v) >= Self.hubDegree else { return make() }
    lock.lock()
    if let kept = hubFacts[v] {
      lock.unlock()
      return kept
    }
    lock.unlock()
    let made = make()
    lock.lock()
    if hubFacts.count >= Self.hubCapacity { hubFacts.removeAll(keepingCapacity: true) }
    hubFacts[v] = made
    lock.unlock()
    return made
  }

  /// Sentence `index` of `document`, from the cache or the next store connection; nil when
  /// the store has none or cannot read it.
  /// - Complexity: O(1) expected when cached, otherwise one indexed read, O(log S).
  func sentence(document: String, index: Int) -> Sentence? {
    let key = SentenceKey(document: document, index: index)
    lock.lock()
    if let hit = sentences[key] {
      lock.unlock()
      return hit
    }
    let store = stores[nextStore]
    nextStore = (nextStore + 1) % stores.count
    lock.unlock()
    guard let read = try? store.sentence(document: document, index: index) else { return nil }
    lock.lock()
    if sentences.count >= Self.sentenceCapacity { sentences.removeAll(keepingCapacity: true) }
    sentences[key] = read
    lock.unlock()
    return read
  }
}
