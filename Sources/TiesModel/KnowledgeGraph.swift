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
    // Each relation's fields are read where it lies: taking a relation out of the array would
    // copy it, six references retained and released again, a second of a large build.
    var distinctIDs = Set<String>()
    var distinctPredicates = Set<String>()
    var distinctRoles = Set<String>()
    for i in relations.indices {
      distinctIDs.insert(relations[i].subject.rawValue)
      distinctIDs.insert(relations[i].object.rawValue)
      distinctPredicates.insert(relations[i].predicate.rawValue)
      distinctRoles.insert(relations[i].role ?? "")
    }
    let ids = Self.ranks(distinctIDs)
    let predicates = Self.ranks(distinctPredicates)
    let roles = Self.ranks(distinctRoles)
    var order = relations.indices.map { i in
      RankedRelation(
        subject: ids[relations[i].subject.rawValue, default: 0],
        predicate: predicates[relations[i].predicate.rawValue, default: 0],
        object: ids[relations[i].object.rawValue, default: 0],
        role: roles[relations[i].role ?? "", default: 0],
        index: i)
    }
    order.sort()
    Self.permute(&relations, taking: order.map(\.index))
  }

  /// `canonicalize()` of a graph whose relations are in canonical order already
  /// (`inCanonicalOrder`, checked in debug builds): sorts the documents and entities.
  /// - Complexity: O(n log n) in the number of documents and entities.
  public mutating func canonicalizeNodes() {
    documents.sort { $0.name < $1.name }
    entities.sort { $0.id < $1.id }
    assert(Self.inCanonicalOrder(relations), "relations given out of canonical order")
  }

  /// Reorders `items` so that position `k` holds the item that was at `source[k]` (a
  /// permutation), by swapping along its cycles: no item is copied.
  /// - Complexity: O(n) swaps.
  static func permute<T>(_ items: inout [T], taking source: [Int]) {
    var placed = [Bool](repeating: false, count: items.count)
    for start in items.indices where !placed[start] {
      var k = start
      while true {
        placed[k] = true
        let from = source[k]
        if from == start { break }
        items.swapAt(k, from)
        k = from
      }
    }
  }

  /// Whether `relations` are in the order `canonicalize` gives them already (so it would
  /// leave them as they are): each key (subject, predicate, object, role) at most the next.
  /// - Complexity: O(n) string comparisons, less than `canonicalize`'s ranks and sort.
  public static func inCanonicalOrder(_ relations: [Relation]) -> Bool {
    // Fields read in place, not relations copied out.
    func key(_ i: Int) -> (String, String, String, String) {
      (
        relations[i].subject.rawValue, relations[i].predicate.rawValue, relations[i].object.rawValue,
        relations[i].role ?? ""
      )
    }
    for i in relations.indices.dropFirst() where key(i) < key(i - 1) { return false }
    return true
  }

  /// `relations` in the order `canonicalize` gives them: as they are when they are in it
  /// already (a resolution's graph comes canonical, and sorting it again cost a build seconds).
  /// - Complexity: O(n) when in order, else `canonicalize`'s.
  public static func canonicallyOrdered(_ relations: [Relation]) -> [Relation] {
    if inCanonicalOrder(relations) { return relations }
    var graph = KnowledgeGraph(relations: relations)
    graph.canonicalize()
    return graph.relations
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

  /// The rank of each of `strings` in the `String` order `canonicalize` ranks keys by, by
  /// position; equal strings (canonically equivalent ones too) share a rank. What a caller
  /// that makes relations in canonical order itself (`Assembly`) ranks their keys with.
  /// - Complexity: O(n log n) comparisons.
  package static func ranks(of strings: [String]) -> [Int32] {
    let sorted = strings.indices.sorted { strings[$0] < strings[$1] }
    var rank = [Int32](repeating: 0, count: strings.count)
    var current: Int32 = 0
    for (k, i) in sorted.enumerated() {
      if k > 0 && strings[i] != strings[sorted[k - 1]] { current += 1 }
      rank[i] = current
    }
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
