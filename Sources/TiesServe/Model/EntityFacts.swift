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
  /// - Complexity: O(d log d) for the d relations of `v`, plus at most
  ///   `Limits.sentencesPerPage` sentence look-ups, O(log S) each.
  init(_ v: Int32, in snapshot: GraphSnapshot) {
    vertex = v
    let index = snapshot.index
    var byPredicate: [UInt16: [(hop: Hop, other: Int32, outgoing: Bool)]] = [:]
    for (w, e) in index.graph.neighbors(of: v) {
      let hop = index.hop(e)
      byPredicate[index.graph.labels[Int(e)], default: []].append((hop, w, index.graph.source(of: e) == v))
    }
    var truncated = false
    var sentencesLeft = Limits.sentencesPerPage
    var groups: [Group] = []
    for code in byPredicate.keys.sorted() {
      guard var rows = byPredicate[code] else { continue }
      rows.sort { a, b in
        let (x, y) = (a.hop.details?.asOf ?? "", b.hop.details?.asOf ?? "")
        if x != y { return x > y }
        return (snapshot.name(a.other), a.hop.edge) < (snapshot.name(b.other), b.hop.edge)
      }
      if rows.count > Limits.relationsPerPredicate { truncated = true }
      let facts = rows.prefix(Limits.relationsPerPredicate).map { row -> Fact in
        let all = row.hop.details?.evidence ?? []
        if all.count > Limits.evidencePerRelation { truncated = true }
        let shown = all.prefix(Limits.evidencePerRelation).map { evidence -> (Evidence, Sentence?) in
          guard sentencesLeft > 0 else {
            truncated = true
            return (evidence, nil)
          }
          sentencesLeft -= 1
          return (evidence, snapshot.sentence(evidence))
        }
        return Fact(hop: row.hop, other: row.other, outgoing: row.outgoing, evidence: shown)
      }
      groups.append(Group(predicate: index.predicates[Int(code)], total: rows.count, facts: facts))
    }
    self.groups = groups
    self.truncated = truncated
  }

  /// The person's roles over time: affiliations with a role, oldest first.
  var timeline: [Fact] {
    groups.filter { $0.predicate == .affiliatedWith }.flatMap(\.facts)
      .filter { $0.outgoing && $0.hop.role != nil }
      .sorted { ($0.hop.details?.asOf ?? "", $0.hop.edge) < ($1.hop.details?.asOf ?? "", $1.hop.edge) }
  }
}
