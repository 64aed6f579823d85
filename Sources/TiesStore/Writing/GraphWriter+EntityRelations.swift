import GRDB
import TiesModel

extension GraphWriter {
  /// The local relations from a cluster of one entity of a pair to a cluster of the other, in
  /// either direction, each with its ends' entities and its document's dateline. Every such
  /// local relation is in the evidence of a stored relation between them (when its document
  /// was resolved) or in one of the pair's `newDocuments`: only those documents are read.
  /// - Complexity: for each pair, O(r log R) for the r relations of its first entity among R,
  ///   plus the local relations of the documents found.
  public func localRelations(between pairs: [EntityPair]) throws -> [EntityLocalRelation] {
    let evidenceDocuments = try db.cachedStatement(
      sql: """
        SELECT DISTINCT e.document FROM relations r JOIN evidence e ON e.relation_id = r.id
        WHERE r.subject = ?1 AND r.object = ?2
        """)
    let inDocument = try db.cachedStatement(
      sql: """
        SELECT \(LocalRelationRecord.columns(of: "r")), d.dateline FROM local_relations r
        JOIN documents d ON d.name = r.document
        WHERE r.document = ?1
          AND EXISTS (SELECT 1 FROM mentions m WHERE m.document = ?1 AND m.local_key = r.subject AND m.entity_id = ?2)
          AND EXISTS (SELECT 1 FROM mentions m WHERE m.document = ?1 AND m.local_key = r.object AND m.entity_id = ?3)
        ORDER BY r.rowid
        """)
    var out: [EntityLocalRelation] = []
    for pair in pairs {
      let directions = [(pair.first, pair.second), (pair.second, pair.first)]
      var documents = pair.newDocuments
      for (subject, object) in directions {
        documents.formUnion(
          try String.fetchAll(evidenceDocuments, arguments: [subject.rawValue, object.rawValue]))
      }
      for document in documents.sorted() {
        for (subject, object) in directions {
          let rows = try Row.fetchCursor(
            inDocument, arguments: [document, subject.rawValue, object.rawValue])
          while let row = try rows.next() {
            out.append(
              EntityLocalRelation(
                relation: try LocalRelationRecord(row: row).relation, subject: subject, object: object,
                dateline: row[LocalRelationRecord.columnNames.count]))
          }
        }
      }
    }
    return out
  }

  /// Makes the stored relations between the entities of each pair, in either direction,
  /// `relations` (each between the entities of one pair), writing only those that differ.
  /// - Throws: `StoreError.unknownEntity` when a relation's end is in no pair.
  /// - Complexity: O(r log R) for the r relations of the pairs among R, plus the rows written.
  public func replaceRelations(between pairs: [EntityPair], with relations: [Relation]) throws -> Changes {
    var changes = Changes()
    var stored: [StoredRelationKey: (id: Int64, fingerprint: Int64?)] = [:]
    var ids = Set<EntityID>()
    for pair in pairs {
      let (a, b) = (pair.first, pair.second)
      ids.formUnion([a, b])
      for (subject, object) in [(a, b), (b, a)] {
        try storedRelations(
          sql:
            "SELECT id, subject, predicate, object, role, fingerprint FROM relations WHERE subject = ?1 AND object = ?2",
          arguments: [subject.rawValue, object.rawValue], into: &stored)
      }
    }
    try writeRelations(relations, stored: stored, ids: ids, &changes)
    return changes
  }
}
