import Foundation
import TiesGraph
import TiesModel
import TiesQuery
import TiesStore
import TiesStorePostgres

/// One loaded state of the graph store: its index (with evidence), the entities by vertex, the
/// name matcher, and what the home page shows. Immutable, so every request reads one
/// consistent graph while a newer one may be loading.
final class GraphSnapshot: Sendable {
  /// Counts up with each load, so that cached pictures of an older graph are never served.
  let generation: Int
  /// What the store's files looked like before the load began.
  let signature: StoreSignature
  /// The store, for evidence sentences.
  let store: any GraphReading
  let index: KnowledgeGraphIndex
  let matcher: NameMatcher
  /// Vertex → the entity (name, aliases, mention count).
  let entities: [Entity]
  /// Entity type → how many; in the order `EntityType.extracted` gives, others after by name.
  let typeCounts: [(type: EntityType, count: Int)]
  /// The most connected entities, by degree then id, for the home page.
  let hubs: [Int32]
  let documentCount: Int
  /// Path finders, store connections and read sentences, shared by requests.
  let resources: SnapshotResources

  /// Loads the store in `directory`.
  /// - Throws: `StoreError` when the store cannot be opened or read; `IndexError` when a
  ///   relation names a missing entity.
  /// - Complexity: O(V log V + E log E + evidence) to read and index the graph, and
  ///   O((V + A) · L) for the name tables.
  static func load(directory: String, generation: Int) throws -> GraphSnapshot {
    let store = try GraphStores.open(directory, access: .readOnly)
    // After opening, which may create the write-ahead log; before reading, so that a write
    // committed meanwhile shows as a change (and costs at most one more reload).
    let signature = StoreSignature(directory: directory)
    let graph = try store.graph()
    let index = try graph.index(keepEvidence: true)
    let resources = try SnapshotResources(
      graph: index.graph, store: store, directory: directory, connections: 4)
    return GraphSnapshot(
      generation: generation, signature: signature, store: store, graph: graph, index: index,
      resources: resources)
  }

  private init(
    generation: Int, signature: StoreSignature, store: any GraphReading, graph: KnowledgeGraph,
    index: KnowledgeGraphIndex,
    resources: SnapshotResources
  ) {
    self.resources = resources
    self.generation = generation
    self.signature = signature
    self.store = store
    self.index = index
    var byVertex = [Entity](
      repeating: Entity(id: "", name: "", type: .person), count: index.graph.vertexCount)
    var aliases: [Int32: [String]] = [:]
    for entity in graph.entities {
      guard let v = index.vertex(entity.id) else { continue }
      byVertex[Int(v)] = entity
      if !entity.aliases.isEmpty { aliases[v] = entity.aliases }
    }
    entities = byVertex
    matcher = NameMatcher(index: index, aliases: aliases)
    var counts: [EntityType: Int] = [:]
    for code in index.typeCodes { counts[index.types[Int(code)], default: 0] += 1 }
    let known = EntityType.extracted.filter { counts[$0] != nil }
    let others = counts.keys.filter { !EntityType.extracted.contains($0) }.sorted {
      $0.rawValue < $1.rawValue
    }
    typeCounts = (known + others).map { ($0, counts[$0] ?? 0) }
    let g = index.graph
    let ids = index.ids
    hubs = Array(
      (0..<Int32(g.vertexCount)).filter { g.degree(of: $0) > 0 }
        .sorted { (-g.degree(of: $0), ids[Int($0)]) < (-g.degree(of: $1), ids[Int($1)]) }
        .prefix(Limits.hubs))
    documentCount = graph.documents.count
  }

  /// The facts of entity vertex `v` (kept for much-connected entities).
  func facts(of v: Int32) -> EntityFacts { resources.facts(of: v) { EntityFacts(v, in: self) } }

  /// The sentences behind `evidence`, in one read of those not cached; nil where the store
  /// has none (or cannot read it).
  func sentences(_ evidence: [Evidence]) -> [Sentence?] { resources.sentences(evidence) }

  /// The sentence behind `evidence`, or nil when the store has none (or cannot read it).
  func sentence(_ evidence: Evidence) -> Sentence? {
    resources.sentence(document: evidence.document, index: evidence.sentence)
  }

  /// The vertex of entity id `id`, or nil.
  func vertex(id: String) -> Int32? { index.vertex(EntityID(rawValue: id)) }

  func name(_ v: Int32) -> String { index.names[Int(v)] }
  func id(_ v: Int32) -> String { index.ids[Int(v)].rawValue }
  func type(_ v: Int32) -> EntityType { index.type(of: v) }
}
