import TiesGraph
import TiesModel
import TiesQuery

/// What the explorer shows of one entity: its relations grouped by predicate, each bounded by
/// `Limits`, with the evidence sentences read from the store.
struct EntityFacts {
  struct Fact {
    /// The edge, spelled out.
    var hop: Hop
    /// The vertex at the other end.
    var other: Int32
    /// Whether the entity is the relation's subject.
    var outgoing: Bool
    /// The evidence shown (at most `Limits.evidencePerRelation`), with its sentence when read.
    var evidence: [(evidence: Evidence, sentence: Sentence?)]
  }

  struct Group {
    var predicate: Predicate
    /// All relations with this predicate.
    var total: Int
    /// The first `Limits.relationsPerPredicate`, by date, then the other entity's name.
    var facts: [Fact]
  }

  let vertex: Int32
  let groups: [Group]
  /// Whether some relation or evidence was left out.
  let truncated: Bool

  /// Gathers the facts of vertex `v`.
  /// - Complexity: O(d log k) for the d relations of `v` (the first k =
  ///   `Limits.relationsPerPredicate` of each predicate are selected without sorting all),
  ///   plus at most `Limits.sentencesPerPage` sentence look-ups, O(log S) each.
  init(_ v: Int32, in snapshot: GraphSnapshot) {
    vertex = v
    let index = snapshot.index
    let g = index.graph
    var byLabel: [UInt16: (total: Int, first: FirstK)] = [:]
    let order = Order(index: index)
    for (w, e) in g.neighbors(of: v) {
      let label = g.labels[Int(e)]
      var entry = byLabel[label] ?? (0, FirstK(limit: Limits.relationsPerPredicate))
      entry.total += 1
      entry.first.offer(Row(edge: e, other: w), order)
      byLabel[label] = entry
    }
    var truncated = false
    // First which evidence the page shows and which of it gets its sentence, then all those
    // sentences in one read.
    var toRead: [Evidence] = []
    var planned: [(label: UInt16, total: Int, rows: [(row: Row, hop: Hop, shown: [(Evidence, Int?)])])] = []
    for label in byLabel.keys.sorted() {
      guard let entry = byLabel[label] else { continue }
      if entry.total > entry.first.rows.count { truncated = true }
      let rows = entry.first.rows.map { row -> (row: Row, hop: Hop, shown: [(Evidence, Int?)]) in
        let hop = index.hop(row.edge)
        let all = hop.details?.evidence ?? []
        if all.count > Limits.evidencePerRelation { truncated = true }
        let shown = all.prefix(Limits.evidencePerRelation).map { evidence -> (Evidence, Int?) in
          guard toRead.count < Limits.sentencesPerPage else {
            truncated = true
            return (evidence, nil)
          }
          toRead.append(evidence)
          return (evidence, toRead.count - 1)
        }
        return (row, hop, shown)
      }
      planned.append((label, entry.total, rows))
    }
    let read = snapshot.sentences(toRead)
    var groups: [Group] = []
    for (label, total, rows) in planned {
      let facts = rows.map { row, hop, shown in
        Fact(
          hop: hop, other: row.other, outgoing: g.source(of: row.edge) == v,
          evidence: shown.map { evidence, slot in (evidence, slot.flatMap { read[$0] }) })
      }
      groups.append(Group(predicate: index.predicates[Int(label)], total: total, facts: facts))
    }
    self.groups = groups
    self.truncated = truncated
  }

  struct Row {
    var edge: Int32
    var other: Int32
  }

  /// The page's order of relations: newest first, then by the other entity's name, then edge.
  struct Order {
    let index: KnowledgeGraphIndex

    func less(_ a: Row, _ b: Row) -> Bool {
      let details = index.details
      let x = details.isEmpty ? "" : details[Int(a.edge)].asOf ?? ""
      let y = details.isEmpty ? "" : details[Int(b.edge)].asOf ?? ""
      if x != y { return x > y }
      let (m, n) = (index.names[Int(a.other)], index.names[Int(b.other)])
      if m != n { return m < n }
      return a.edge < b.edge
    }
  }

  /// The first `limit` rows offered, in `Order`, kept without sorting every row.
  struct FirstK {
    let limit: Int
    private(set) var rows: [Row] = []

    init(limit: Int) { self.limit = limit }

    /// - Complexity: O(log k) comparisons, plus O(k) moves when the row is kept.
    mutating func offer(_ row: Row, _ order: Order) {
      if rows.count == limit, let last = rows.last, !order.less(row, last) { return }
      var lo = 0
      var hi = rows.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if order.less(rows[mid], row) { lo = mid + 1 } else { hi = mid }
      }
      rows.insert(row, at: lo)
      if rows.count > limit { rows.removeLast() }
    }
  }

  /// The person's roles over time: affiliations with a role, oldest first.
  var timeline: [Fact] {
    groups.filter { $0.predicate == .affiliatedWith }.flatMap(\.facts)
      .filter { $0.outgoing && $0.hop.role != nil }
      .sorted { ($0.hop.details?.asOf ?? "", $0.hop.edge) < ($1.hop.details?.asOf ?? "", $1.hop.edge) }
  }
}
