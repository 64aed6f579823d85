import TiesGraph
import TiesModel
import TiesQuery

/// The JSON answers of `/api/…`, in the shapes of `ties … --format json` (`AnswerJSON`),
/// with `truncated` (or `notes`) where a bound of `Limits` cut the answer.
enum API {
  struct SearchJSON: Encodable {
    var query: String
    /// How the query matched: id, exact, acronym, words, or none.
    var tier: String
    var total: Int
    var truncated: Bool
    var results: [EntityJSON]
    /// For an unknown name, the nearest names.
    var suggestions: [EntityJSON]
  }

  static func search(_ query: String, limit: Int, _ snapshot: GraphSnapshot) -> SearchJSON {
    let found = snapshot.matcher.search(query)
    var suggestions: [EntityJSON] = []
    if found.tier == .none, case .unknown(let near) = snapshot.matcher.match(query) {
      suggestions = near.map { AnswerJSON.entity($0, in: snapshot.index) }
    }
    return SearchJSON(
      query: query, tier: found.tier.rawValue, total: found.vertices.count,
      truncated: found.vertices.count > limit,
      results: found.vertices.prefix(limit).map { AnswerJSON.entity($0, in: snapshot.index) },
      suggestions: suggestions)
  }

  struct EntityAnswerJSON: Encodable {
    var entity: EntityJSON
    var aliases: [String]
    var mentions: Int
    var degree: Int
    /// Relations by predicate, then as the page lists them; `HopJSON`s with evidence.
    var relations: [HopJSON]
    var truncated: Bool
  }

  static func entity(_ facts: EntityFacts, _ snapshot: GraphSnapshot) -> EntityAnswerJSON {
    let v = facts.vertex
    let entity = snapshot.entities[Int(v)]
    let relations = facts.groups.flatMap(\.facts).map { fact in
      var hop = AnswerJSON.hop(fact.hop, in: snapshot.index) { _ in nil }
      hop.evidence = fact.evidence.map {
        EvidenceJSON(document: $0.0.document, sentence: $0.0.sentence, text: $0.1?.text)
      }
      return hop
    }
    return EntityAnswerJSON(
      entity: AnswerJSON.entity(v, in: snapshot.index), aliases: entity.aliases,
      mentions: entity.mentionCount,
      degree: snapshot.index.graph.degree(of: v), relations: relations, truncated: facts.truncated)
  }

  struct PathAnswerJSON: Encodable {
    var from: EntityJSON
    var to: EntityJSON
    var paths: [PathJSON]
    var notes: [String]
  }

  static func paths(
    _ request: PathRequest, _ a: Int32, _ b: Int32, _ paths: [GraphPath], _ snapshot: GraphSnapshot
  )
    -> PathAnswerJSON
  {
    let answer = AnswerJSON.paths(paths, a, b, in: snapshot.index) { snapshot.sentence($0)?.text }
    var notes = request.notes
    if request.isBounded(paths) { notes.append("at most \(Limits.allPaths) shortest paths are listed") }
    return PathAnswerJSON(from: answer.from, to: answer.to, paths: answer.paths, notes: notes)
  }

  struct NeighborsJSON: Encodable {
    var center: EntityJSON
    var radius: Int
    var neighbors: [NeighborJSON]
    var truncated: Bool
  }

  /// Entities within `radius` hops of `center`, by distance then id, at most `Limits.neighbors`.
  /// - Complexity: O(V) plus the edges of the vertices reached, O(r log r) to sort r of them.
  static func neighbors(_ center: Int32, radius: Int, _ snapshot: GraphSnapshot) throws -> NeighborsJSON {
    let index = snapshot.index
    let found = try index.graph.neighborhood(of: center, radius: radius)
    var rows = zip(found.vertices, found.distances).filter { $0.0 != center }
    rows.sort { ($0.1, index.ids[Int($0.0)]) < ($1.1, index.ids[Int($1.0)]) }
    return NeighborsJSON(
      center: AnswerJSON.entity(center, in: index), radius: radius,
      neighbors: rows.prefix(Limits.neighbors).map {
        NeighborJSON(distance: Int($0.1), entity: AnswerJSON.entity($0.0, in: index))
      }, truncated: rows.count > Limits.neighbors)
  }

  /// The ranking by `measure`, of entities of `type` (all when nil), the first `top`.
  /// - Throws: `ServeError.tooExpensive` for betweenness or closeness on a large graph;
  ///   `GraphError.noConvergence`.
  static func rank(
    _ measure: CentralityMeasure, type: String?, top: Int, _ snapshot: GraphSnapshot, scores: CentralityScores
  ) -> RankJSON {
    let index = snapshot.index
    let keep = type.map { index.hasType([EntityType(rawValue: $0)]) } ?? { _ in true }
    let ranked = scores.top(top, where: keep)
    return RankJSON(
      by: measure.rawValue, type: type,
      ranking: ranked.enumerated().map {
        RankedJSON(
          rank: $0.offset + 1, score: $0.element.score,
          entity: AnswerJSON.entity($0.element.vertex, in: index))
      })
  }
}
