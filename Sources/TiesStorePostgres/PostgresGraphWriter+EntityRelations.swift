import PostgresNIO
import TiesModel
import TiesStore

extension PostgresGraphWriter {
  func localRelations(between pairs: [EntityPair]) throws -> [EntityLocalRelation] {
    guard !pairs.isEmpty else { return [] }
    var binds = Self.bothWays(pairs)
    var news: (a: [String], b: [String], document: [String]) = ([], [], [])
    for pair in pairs {
      for document in pair.newDocuments.sorted() {
        for (a, b) in [(pair.first, pair.second), (pair.second, pair.first)] {
          news.a.append(a.rawValue)
          news.b.append(b.rawValue)
          news.document.append(document)
        }
      }
    }
    binds.append(news.a)
    binds.append(news.b)
    binds.append(news.document)
    var out: [EntityLocalRelation] = []
    // The documents of the stored relations' evidence and the new ones, each direction once.
    try session.forEachRow(
      """
      WITH p(a, b) AS (SELECT * FROM unnest($1::text[], $2::text[])),
      x(a, b, document) AS (
        SELECT p.a, p.b, e.document FROM p JOIN relations r ON r.subject = p.a AND r.object = p.b
          JOIN evidence e ON e.relation_id = r.id
        UNION
        SELECT * FROM unnest($3::text[], $4::text[], $5::text[]))
      SELECT r.document, r.sentence, r."start", r."end", r.rule, r.confidence, r.subject, r.predicate,
        r.object, r.role, x.a, x.b, d.dateline
      FROM x JOIN local_relations r ON r.document = x.document
      JOIN documents d ON d.name = r.document
      WHERE EXISTS (SELECT 1 FROM mentions m
          WHERE m.document = r.document AND m.local_key = r.subject AND m.entity_id = x.a)
        AND EXISTS (SELECT 1 FROM mentions m
          WHERE m.document = r.document AND m.local_key = r.object AND m.entity_id = x.b)
      ORDER BY r.document, r.ordinal, x.a, x.b
      """, binds
    ) { row in
      let c = Cells(row, path: path)
      out.append(
        EntityLocalRelation(
          relation: try Columns.localRelation(c), subject: EntityID(rawValue: try c.text(10)),
          object: EntityID(rawValue: try c.text(11)), dateline: try c.optionalText(12)))
    }
    return out
  }

  func relations(between pairs: [EntityPair]) throws -> [Relation] {
    guard !pairs.isEmpty else { return [] }
    let ends =
      "unnest($1::text[], $2::text[]) AS p(a, b) JOIN relations r ON r.subject = p.a AND r.object = p.b"
    var evidence: [Int64: [Evidence]] = [:]
    try session.forEachRow(
      """
      SELECT v.relation_id, v.document, v.sentence, v."start", v."end", v.rule, v.confidence
      FROM \(ends) JOIN evidence v ON v.relation_id = r.id
      """, Self.bothWays(pairs)
    ) { row in
      let c = Cells(row, path: path)
      evidence[try c.int64(0), default: []].append(try c.evidence(from: 1))
    }
    return try session.query("SELECT \(Columns.relation) FROM \(ends)", Self.bothWays(pairs)).map {
      try Columns.relation(Cells($0, path: path), evidence: evidence, coding: coding, path: path)
    }
  }

  /// Each pair's entities as two arrays, in both orders.
  private static func bothWays(_ pairs: [EntityPair]) -> PostgresBindings {
    var binds = PostgresBindings()
    binds.append(pairs.flatMap { [$0.first.rawValue, $0.second.rawValue] })
    binds.append(pairs.flatMap { [$0.second.rawValue, $0.first.rawValue] })
    return binds
  }

  func replaceRelations(between pairs: [EntityPair], with relations: [Relation]) throws -> StoreChanges {
    var changes = StoreChanges()
    guard !pairs.isEmpty else { return changes }
    let stored = try storedRelations(
      """
      SELECT r.id, r.subject, r.predicate, r.object, r.role, r.fingerprint
      FROM unnest($1::text[], $2::text[]) AS p(a, b)
      JOIN relations r ON r.subject = p.a AND r.object = p.b
      """, Self.bothWays(pairs))
    let ids = Set(pairs.flatMap { [$0.first, $0.second] })
    try writeRelations(relations, stored: stored, ids: ids, known: [], &changes)
    return changes
  }
}
