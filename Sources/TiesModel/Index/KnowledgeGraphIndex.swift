import TiesGraph

/// A knowledge graph as an `IndexedGraph`, with the maps between entities and vertices and
/// what the algorithms need to print their answers (names, types, predicates, roles,
/// evidence).
///
/// Vertices are numbered in order of first appearance in the stream (a node, or an edge
/// naming a node declared later), so the same input gives the same numbering. Edges are
/// numbered as `IndexedGraph` numbers them (by subject vertex, then in stream order), and
/// `roleCodes` and `details` follow that numbering. An edge's label is a predicate code (`predicates`),
/// pre-seeded with `Predicate.extracted` so that `affiliated_with` is always 0, `attended` 1,
/// `organized` 2 and `held_in` 3. Types are coded likewise from `EntityType.extracted`.
///
/// Edge weight (a strength: higher means a stronger tie): the relation's numeric
/// `attributes["weight"]` when present, otherwise its `confidence`. PageRank and Louvain use
/// it as a strength; for "stronger = cheaper" paths use `PathCost.reciprocalWeight`.
///
/// Memory, beyond the `IndexedGraph` (8 bytes per vertex, 22 per edge): per vertex an
/// `EntityID` and a name (16 bytes each, plus their UTF-8 bytes when longer than 15), a
/// 2-byte type code and one dictionary entry (about 40 bytes at the usual load factor);
/// per edge a 2-byte role code, plus, when evidence is kept, an `EdgeDetails` (40 bytes plus
/// its `asOf` string and evidence array). About 150 bytes per vertex and 36 per edge
/// without evidence.
public struct KnowledgeGraphIndex: Sendable {
  public let graph: IndexedGraph
  /// Whether the source declared itself directed.
  public let directed: Bool
  /// Vertex → entity id.
  public let ids: [EntityID]
  /// Vertex → display name.
  public let names: [String]
  /// Vertex → type code (an index into `types`).
  public let typeCodes: [UInt16]
  /// Type code → type.
  public let types: [EntityType]
  /// Edge label → predicate.
  public let predicates: [Predicate]
  /// Edge → role code (an index into `roles`; 0 is "no role").
  public let roleCodes: [UInt16]
  /// Role code → role; `roles[0] == ""`.
  public let roles: [String]
  /// Edge → the relation's date and evidence, when kept (empty otherwise).
  public let details: [EdgeDetails]
  /// Entity id → vertex: the one dictionary, used at the edge of the module only.
  private let vertexByID: [EntityID: Int32]

  init(
    graph: IndexedGraph, directed: Bool, ids: [EntityID], names: [String], typeCodes: [UInt16],
    types: [EntityType], predicates: [Predicate], roleCodes: [UInt16], roles: [String],
    details: [EdgeDetails], vertexByID: [EntityID: Int32]
  ) {
    self.graph = graph
    self.directed = directed
    self.ids = ids
    self.names = names
    self.typeCodes = typeCodes
    self.types = types
    self.predicates = predicates
    self.roleCodes = roleCodes
    self.roles = roles
    self.details = details
    self.vertexByID = vertexByID
  }

  /// The vertex of entity `id`, or `nil`.
  /// - Complexity: O(1) expected.
  public func vertex(_ id: EntityID) -> Int32? { vertexByID[id] }

  /// The type of vertex `v`.
  public func type(of v: Int32) -> EntityType { types[Int(typeCodes[Int(v)])] }

  /// The label code of `predicate`, or `nil` if no relation uses it.
  public func label(of predicate: Predicate) -> UInt16? {
    predicates.firstIndex(of: predicate).map { UInt16($0) }
  }

  /// An edge filter that admits exactly the given predicates (unknown ones admit nothing).
  /// - Throws: `GraphError.invalidArgument` when a predicate's code is 64 or more, which
  ///   `EdgeFilter` cannot select.
  public func filter(_ predicates: [Predicate]) throws -> EdgeFilter {
    let codes = predicates.compactMap { label(of: $0) }
    if let big = codes.first(where: { $0 >= 64 }) {
      throw GraphError.invalidArgument("predicate code \(big) is beyond the 64 a filter can select")
    }
    return EdgeFilter(labels: codes)
  }

  /// A test for "vertex has one of these types", for `projection` or `CentralityScores.top`.
  public func hasType(_ wanted: Set<EntityType>) -> (Int32) -> Bool {
    var accept = [Bool](repeating: false, count: types.count)
    for (i, t) in types.enumerated() where wanted.contains(t) { accept[i] = true }
    let codes = typeCodes
    return { v in accept[Int(codes[Int(v)])] }
  }

  /// The vertices of type `type`, ascending.
  /// - Complexity: O(V).
  public func vertices(ofType type: EntityType) -> [Int32] {
    guard let code = types.firstIndex(of: type) else { return [] }
    var out: [Int32] = []
    for (v, c) in typeCodes.enumerated() where Int(c) == code { out.append(Int32(v)) }
    return out
  }

  /// What edge `e` stands for: endpoints as entity ids, predicate, role, weight, and the
  /// date and evidence when kept.
  /// - Complexity: O(log V) (finding the subject).
  public func hop(_ e: Int32) -> Hop {
    let i = Int(e)
    let role = roles[Int(roleCodes[i])]
    return Hop(
      edge: e, subject: ids[Int(graph.source(of: e))], predicate: predicates[Int(graph.labels[i])],
      object: ids[Int(graph.target(of: e))], role: role.isEmpty ? nil : role, weight: graph.weight(of: e),
      details: details.isEmpty ? nil : details[i])
  }
}

/// The date and evidence of one relation, kept per edge when the index keeps evidence.
public struct EdgeDetails: Sendable, Hashable {
  public var asOf: String?
  public var confidence: Double
  public var evidence: [Evidence]
}

/// One edge of a path, spelled out for printing.
public struct Hop: Sendable, Hashable {
  public var edge: Int32
  public var subject: EntityID
  public var predicate: Predicate
  public var object: EntityID
  public var role: String?
  public var weight: Double
  /// `nil` when the index was built without evidence.
  public var details: EdgeDetails?
}

extension KnowledgeGraphIndex {
  /// Each edge of `path` spelled out, in path order.
  /// - Complexity: O(hops).
  public func hops(of path: GraphPath) -> [Hop] { path.edges.map { hop($0) } }
}
