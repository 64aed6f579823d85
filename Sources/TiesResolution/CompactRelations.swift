import TiesModel

/// The local relations of a resolution in a compact form: 56 bytes a relation once its ends
/// are cluster nodes, instead of a `LocalRelation`'s 120 (no document name, offsets in 32
/// bits, rule and predicate by number, the role's text shared), and 88 while a build holds
/// them with their ends' local keys, before the clusters exist. Held in a few large arrays:
/// what is let go returns to the system, where a `LocalRelation` array per document, freed
/// once read, left holes no later allocation filled.
///
/// At 1,000,000 generated articles a build holds 15 million local relations from extraction
/// to the end of resolution: 1.8 GB as `LocalRelation`s, 1.3 GB so during extraction and
/// 0.8 GB through resolution.
package struct CompactRelations: Sendable {
  /// Fields in this order so that they pack into 56 bytes.
  struct Item {
    var role: String?
    /// Nil when the evidence lies in `wideEvidence` (offsets past 32 bits, or a document that
    /// is not its extraction's): never so from extraction, kept rather than refused.
    var evidence: CompactEvidence?
    /// The ends' cluster nodes (`Clusters.node(extractionAt:_:)`) once `resolveEnds` has run;
    /// -1 for a relation an end of which is no cluster: no rule and no relation reads it.
    var subject: Int32 = -1
    var object: Int32 = -1
    /// The position of the relation's extraction: as appended, and once `resolveEnds` has
    /// run, in the resolver's order.
    var extraction: Int32
    var predicate: UInt32

    /// Whether the evidence is held as it came (`wideEvidence`).
    var isWide: Bool { evidence == nil }

    /// Whether both ends are clusters (`resolveEnds`).
    var isResolved: Bool { subject >= 0 }
  }

  private(set) var items: [Item] = []
  /// Each relation's ends' local keys, until `resolveEnds` lets them go.
  private var subjectKeys: [String] = []
  private var objectKeys: [String] = []
  /// Each extraction's document name, which is the document of its relations' evidence.
  private(set) var documents: [String] = []
  private var rules = RuleNumbers()
  private(set) var predicates: [Predicate] = []
  private var predicateNumbers: [Predicate: UInt32] = [:]
  private var roles = Set<String>()
  private var wideEvidence: [Int: Evidence] = [:]

  /// No relations.
  package init() {}

  /// The relations of `extractions`, in their order; each extraction's are let go as they
  /// are read when `releasing`.
  /// - Complexity: O(r) for r local relations.
  init(_ extractions: inout [DocumentExtraction], releasing: Bool) {
    items.reserveCapacity(extractions.reduce(0) { $0 + $1.relations.count })
    for n in extractions.indices {
      append(extractions[n].relations, of: extractions[n].document.name)
      if releasing { extractions[n].relations = [] }
    }
  }

  /// Appends the local relations of the next extraction, that of `document`: extraction
  /// `documents.count` of those the resolver will be given. `shared` gives the string to keep
  /// for a local key (a build pools them: the same keys name the clusters).
  /// - Complexity: O(r) amortized for its r relations.
  package mutating func append(
    _ relations: [LocalRelation], of document: String, sharing shared: (String) -> String = { $0 }
  ) {
    let n = Self.int32(documents.count)
    documents.append(document)
    // By index: iterating the relations would copy each one (and retain its strings).
    for k in relations.indices {
      let evidence = CompactEvidence(relations[k].evidence, of: document, rules: &rules)
      if evidence == nil { wideEvidence[items.count] = relations[k].evidence }
      items.append(
        Item(
          role: relations[k].role.map { roles.insert($0).memberAfterInsert }, evidence: evidence,
          extraction: n,
          predicate: Self.predicateNumber(relations[k].predicate, in: &predicateNumbers, &predicates)))
      subjectKeys.append(shared(relations[k].subject))
      objectKeys.append(shared(relations[k].object))
    }
  }

  /// Gives every relation its ends' cluster nodes, and its extraction's position among those
  /// `c` gathered, which are the appended ones taken in `order` (the appended position of
  /// each); lets the local keys go.
  /// - Complexity: O(r) expected: two hash look-ups of a local key per relation.
  mutating func resolveEnds(_ c: Clusters, order: [Int]) {
    precondition(order.count == documents.count, "\(order.count) extractions for \(documents.count) appended")
    var position = [Int32](repeating: 0, count: order.count)
    for (k, appended) in order.enumerated() { position[appended] = Self.int32(k) }
    for i in items.indices {
      let n = position[Int(items[i].extraction)]
      items[i].extraction = n
      if let s = c.node(extractionAt: Int(n), subjectKeys[i]),
        let o = c.node(extractionAt: Int(n), objectKeys[i])
      {
        items[i].subject = Self.int32(s)
        items[i].object = Self.int32(o)
      }
    }
    documents = order.map { documents[$0] }
    subjectKeys = []
    objectKeys = []
  }

  /// The predicate of relation `i`.
  /// - Complexity: O(1).
  func predicate(_ i: Int) -> Predicate { predicates[Int(items[i].predicate)] }

  /// The evidence of relation `i`, as extraction gave it.
  /// - Complexity: O(1) expected.
  func evidence(_ i: Int) -> Evidence {
    if let compact = items[i].evidence {
      return compact.evidence(of: documents[Int(items[i].extraction)], rules: rules)
    }
    guard let wide = wideEvidence[i] else { preconditionFailure("relation \(i) has no evidence") }
    return wide
  }

  /// `value`'s number in `values`, given it when it is new; nil past what `N` holds.
  private static func number<T: Hashable, N: FixedWidthInteger>(
    _ value: T, in numbers: inout [T: N], _ values: inout [T]
  ) -> N? {
    if let known = numbers[value] { return known }
    guard let next = N(exactly: values.count) else { return nil }
    numbers[value] = next
    values.append(value)
    return next
  }

  /// The predicate's number: fewer predicates than relations, which 32 bits number.
  private static func predicateNumber(
    _ predicate: Predicate, in numbers: inout [Predicate: UInt32], _ values: inout [Predicate]
  ) -> UInt32 {
    guard let n: UInt32 = number(predicate, in: &numbers, &values) else {
      preconditionFailure("more predicates than 32 bits number")
    }
    return n
  }

  /// Cluster nodes and extraction positions in 32 bits: `Clusters` numbers fewer clusters.
  private static func int32(_ value: Int) -> Int32 {
    guard let small = Int32(exactly: value) else { preconditionFailure("\(value) past 32 bits") }
    return small
  }
}
