import TiesGraph

/// A `KnowledgeGraphSink` that builds a `KnowledgeGraphIndex` as the graph streams by.
///
/// Entity ids are turned into vertices once, here, through one dictionary; everything after
/// works on `Int32`. An edge may name an entity declared later; `end()` refuses the graph if
/// some never is.
///
/// ```swift
/// var sink = KnowledgeGraphIndexBuilder()
/// try reader.read(into: &sink)
/// let index = try sink.index()
/// ```
public struct KnowledgeGraphIndexBuilder: KnowledgeGraphSink {
  private let keepEvidence: Bool
  private var vertexByID: [EntityID: Int32] = [:]
  private var ids: [EntityID] = []
  private var names: [String] = []
  private var typeCodes: [UInt16] = []
  private var declared: [Bool] = []
  private var types = Codebook<EntityType>(seed: EntityType.extracted)
  private var predicates = Codebook<Predicate>(seed: Predicate.extracted)
  private var roles = Codebook<String>(seed: [""])
  private var builder = GraphBuilder()
  private var roleCodes: [UInt16] = []
  private var details: [EdgeDetails] = []
  private var directed = true
  private var built: KnowledgeGraphIndex?

  /// - Parameters:
  ///   - keepEvidence: keep each relation's date and evidence (for printing paths with their
  ///     sentences); turn off for very large graphs to save memory.
  ///   - expectedEntities, expectedRelations: sizes to reserve room for.
  public init(keepEvidence: Bool = true, expectedEntities: Int = 0, expectedRelations: Int = 0) {
    self.keepEvidence = keepEvidence
    vertexByID.reserveCapacity(expectedEntities)
    ids.reserveCapacity(expectedEntities)
    names.reserveCapacity(expectedEntities)
    typeCodes.reserveCapacity(expectedEntities)
    declared.reserveCapacity(expectedEntities)
    builder.reserveEdges(expectedRelations)
    roleCodes.reserveCapacity(expectedRelations)
    if keepEvidence { details.reserveCapacity(expectedRelations) }
  }

  public mutating func begin(directed: Bool) throws { self.directed = directed }

  private mutating func vertex(_ id: EntityID) -> Int32 {
    if let v = vertexByID[id] { return v }
    let v = builder.addVertex()
    vertexByID[id] = v
    ids.append(id)
    names.append(id.rawValue)
    typeCodes.append(0)
    declared.append(false)
    return v
  }

  public mutating func node(_ entity: Entity) throws {
    let v = Int(vertex(entity.id))
    if declared[v] { throw IndexError.duplicateEntity(entity.id) }
    declared[v] = true
    names[v] = entity.name
    typeCodes[v] = try types.code(entity.type, what: "entity types")
  }

  public mutating func edge(_ relation: Relation, id: String?) throws {
    let w = KnowledgeGraphIndexBuilder.weight(of: relation)
    guard w.isFinite && w >= 0 else {
      throw IndexError.invalidWeight(
        subject: relation.subject, predicate: relation.predicate, object: relation.object, weight: w)
    }
    let label = try predicates.code(relation.predicate, what: "predicates")
    let u = vertex(relation.subject)
    let v = vertex(relation.object)
    builder.addEdge(from: u, to: v, weight: w, label: label)
    roleCodes.append(try roles.code(relation.role ?? "", what: "roles"))
    if keepEvidence {
      details.append(
        EdgeDetails(asOf: relation.asOf, confidence: relation.confidence, evidence: relation.evidence))
    }
  }

  /// The weight rule: a numeric `attributes["weight"]`, else `confidence`.
  static func weight(of relation: Relation) -> Double {
    switch relation.attributes["weight"] {
    case .double(let d): return d
    case .int(let i): return Double(i)
    case .long(let l): return Double(l)
    default: return relation.confidence
    }
  }

  public mutating func end() throws {
    if let missing = declared.firstIndex(of: false) { throw IndexError.undeclaredEntity(ids[missing]) }
    let numbered = builder.buildNumbered()
    // Per-edge data follows the graph's edge numbering.
    var edgeRoles = [UInt16](repeating: 0, count: numbered.addedOrder.count)
    var edgeDetails: [EdgeDetails] = []
    edgeDetails.reserveCapacity(details.count)
    for (e, added) in numbered.addedOrder.enumerated() {
      edgeRoles[e] = roleCodes[Int(added)]
      if !details.isEmpty { edgeDetails.append(details[Int(added)]) }
    }
    built = KnowledgeGraphIndex(
      graph: numbered.graph, directed: directed, ids: ids, names: names, typeCodes: typeCodes,
      types: types.values, predicates: predicates.values, roleCodes: edgeRoles, roles: roles.values,
      details: edgeDetails, vertexByID: vertexByID)
  }

  /// The index, once `end()` has run.
  /// - Throws: `IndexError.notFinished` before that.
  public func index() throws -> KnowledgeGraphIndex {
    guard let built else { throw IndexError.notFinished }
    return built
  }
}

/// Dense 16-bit codes for a small set of values, in order of first use after a seed list.
struct Codebook<Value: Hashable> {
  private(set) var values: [Value]
  private var codes: [Value: UInt16] = [:]

  init(seed: [Value]) {
    values = []
    for v in seed where codes[v] == nil {
      codes[v] = UInt16(values.count)
      values.append(v)
    }
  }

  mutating func code(_ v: Value, what: String) throws -> UInt16 {
    // A few values (predicates, roles) are the common case: a scan beats hashing a string.
    if values.count <= 16 {
      for (i, known) in values.enumerated() where known == v { return UInt16(i) }
    } else if let c = codes[v] {
      return c
    }
    guard values.count < Int(UInt16.max) else { throw IndexError.tooManyCodes(what) }
    let c = UInt16(values.count)
    codes[v] = c
    values.append(v)
    return c
  }
}

extension KnowledgeGraph {
  /// This graph as a `KnowledgeGraphIndex`.
  /// - Parameter keepEvidence: keep each relation's date and evidence per edge.
  /// - Throws: `IndexError` when a relation names an undeclared entity, an entity is
  ///   declared twice, or a weight is invalid.
  /// - Complexity: O(V + E) expected time and space.
  public func index(keepEvidence: Bool = true) throws -> KnowledgeGraphIndex {
    var sink = KnowledgeGraphIndexBuilder(
      keepEvidence: keepEvidence, expectedEntities: entities.count, expectedRelations: relations.count)
    try emit(into: &sink)
    return try sink.index()
  }
}
