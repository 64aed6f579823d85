/// The whole graph: entities sorted by id, relations sorted by key, and the documents read.
///
/// A value type: build it, then hand it to a store, an exporter or an index.
public struct KnowledgeGraph: Sendable, Hashable {
  public var documents: [Document]
  public var entities: [Entity]
  public var relations: [Relation]

  public init(documents: [Document] = [], entities: [Entity] = [], relations: [Relation] = []) {
    self.documents = documents
    self.entities = entities
    self.relations = relations
  }

  /// Sorts entities by id, relations by key, documents by name: the canonical order of output.
  ///
  /// Stable, as `sort` is. Relations are ordered by their keys' ranks: every distinct id,
  /// predicate and role is ranked once, in `String` order, and the sort compares four integers
  /// instead of four strings (string comparisons and the copies of the keys they took were
  /// most of the time of a large graph's resolution). The order is the one of `RelationKey`'s
  /// `<`, ties kept in input order.
  /// - Complexity: O(n log n) in the number of entities and relations, plus O(d log d) string
  ///   comparisons for the d distinct ids, predicates and roles of the relations.
  public mutating func canonicalize() {
    documents.sort { $0.name < $1.name }
    entities.sort { $0.id < $1.id }
    guard relations.count > 1 else { return }
    var distinctIDs = Set<String>()
    for relation in relations {
      distinctIDs.insert(relation.subject.rawValue)
      distinctIDs.insert(relation.object.rawValue)
    }
    let ids = Self.ranks(distinctIDs)
    let predicates = Self.ranks(Set(relations.lazy.map(\.predicate.rawValue)))
    let roles = Self.ranks(Set(relations.lazy.map { $0.role ?? "" }))
    var order = relations.indices.map { i in
      let r = relations[i]
      return RankedRelation(
        subject: ids[r.subject.rawValue, default: 0], predicate: predicates[r.predicate.rawValue, default: 0],
        object: ids[r.object.rawValue, default: 0], role: roles[r.role ?? "", default: 0], index: i)
    }
    order.sort()
    if order.enumerated().contains(where: { $0.offset != $0.element.index }) {
      relations = order.map { relations[$0.index] }
    }
  }

  /// Whether `relations` are in the order `canonicalize` gives them already (so it would
  /// leave them as they are): each key (subject, predicate, object, role) at most the next.
  /// - Complexity: O(n) string comparisons, less than `canonicalize`'s ranks and sort.
  public static func inCanonicalOrder(_ relations: [Relation]) -> Bool {
    for i in relations.indices.dropFirst() {
      let a = relations[i - 1]
      let b = relations[i]
      let keyA = (a.subject.rawValue, a.predicate.rawValue, a.object.rawValue, a.role ?? "")
      let keyB = (b.subject.rawValue, b.predicate.rawValue, b.object.rawValue, b.role ?? "")
      if keyB < keyA { return false }
    }
    return true
  }

  /// A relation's place in the canonical order: the ranks of its key's parts, then its index.
  private struct RankedRelation: Comparable {
    var subject: Int
    var predicate: Int
    var object: Int
    var role: Int
    var index: Int

    static func < (a: Self, b: Self) -> Bool {
      (a.subject, a.predicate, a.object, a.role, a.index) < (
        b.subject, b.predicate, b.object, b.role, b.index
      )
    }
  }

  /// Each distinct string's rank in `String` order (canonically equivalent strings share one).
  /// - Complexity: O(d log d) comparisons for d distinct strings.
  private static func ranks(_ values: Set<String>) -> [String: Int] {
    let distinct = values.sorted()
    var rank: [String: Int] = [:]
    rank.reserveCapacity(distinct.count)
    for (i, value) in distinct.enumerated() { rank[value] = i }
    return rank
  }

  /// Entities by id.
  /// - Complexity: O(n).
  public func entityIndex() -> [EntityID: Int] {
    var index: [EntityID: Int] = [:]
    index.reserveCapacity(entities.count)
    for (i, e) in entities.enumerated() { index[e.id] = i }
    return index
  }
}
