import GRDB
import TiesModel

extension GraphWriter {
  /// The local relations from a cluster of one entity of a pair to a cluster of the other, in
  /// either direction, each with its ends' entities and its document's dateline. Every such
  /// local relation is in the evidence of a stored relation between them (when its document
  /// was resolved) or in one of the pair's `newDocuments`: only those documents are read, each
  /// once whatever the number of pairs it holds (its local relations, and the entity of each
  /// of its local keys).
  /// - Complexity: for each pair, O(log R + r) for its r stored relations among R, plus, for
  ///   each document found, O(log D) and its local relations and mentions.
  public func localRelations(between pairs: [EntityPair]) throws -> [EntityLocalRelation] {
    let evidenceDocuments = try db.cachedStatement(
      sql: """
        SELECT DISTINCT e.document FROM relations r JOIN evidence e ON e.relation_id = r.id
        WHERE r.subject = ?1 AND r.object = ?2
        """)
    // Per document, the pairs it may hold, each in both directions.
    var directionsOf: [String: [(subject: EntityID, object: EntityID)]] = [:]
    for pair in pairs {
      let directions = [(pair.first, pair.second), (pair.second, pair.first)]
      var documents = pair.newDocuments
      for (subject, object) in directions {
        documents.formUnion(
          try String.fetchAll(evidenceDocuments, arguments: [subject.rawValue, object.rawValue]))
      }
      for document in documents { directionsOf[document, default: []] += directions }
    }
    let keyEntities = try db.cachedStatement(
      sql: "SELECT DISTINCT local_key, entity_id FROM mentions WHERE document = ? AND entity_id IS NOT NULL")
    let inDocument = try db.cachedStatement(
      sql: """
        SELECT \(LocalRelationRecord.columns(of: "r")), d.dateline FROM local_relations r
        JOIN documents d ON d.name = r.document
        WHERE r.document = ? ORDER BY r.rowid
        """)
    var out: [EntityLocalRelation] = []
    for document in directionsOf.keys.sorted() {
      guard let directions = directionsOf[document] else { continue }
      var entitiesOf: [String: Set<String>] = [:]
      let keys = try Row.fetchCursor(keyEntities, arguments: [document])
      while let row = try keys.next() { entitiesOf[row[0], default: []].insert(row[1]) }
      let rows = try Row.fetchCursor(inDocument, arguments: [document])
      while let row = try rows.next() {
        let relation = try LocalRelationRecord(row: row).relation
        guard let subjects = entitiesOf[relation.subject], let objects = entitiesOf[relation.object] else {
          continue
        }
        for (subject, object) in directions
        where subjects.contains(subject.rawValue) && objects.contains(object.rawValue) {
          out.append(
            EntityLocalRelation(
              relation: relation, subject: subject, object: object,
              dateline: row[LocalRelationRecord.columnNames.count]))
        }
      }
    }
    return out
  }

  /// The stored relations between the entities of each pair, in either direction, with their
  /// evidence.
  /// - Complexity: for each pair, O(log R) plus its relations and their evidence.
  public func relations(between pairs: [EntityPair]) throws -> [Relation] {
    let between = try db.cachedStatement(sql: "SELECT * FROM relations WHERE subject = ?1 AND object = ?2")
    let evidenceOf = try db.cachedStatement(sql: "SELECT * FROM evidence WHERE relation_id = ?")
    let coding = StoreCoding()
    var out: [Relation] = []
    for pair in pairs {
      for (subject, object) in [(pair.first, pair.second), (pair.second, pair.first)] {
        let records = try RelationRecord.fetchAll(between, arguments: [subject.rawValue, object.rawValue])
        for record in records {
          let evidence = try EvidenceRecord.fetchAll(evidenceOf, arguments: [record.id]).map(\.evidence)
          out.append(
            try record.relation(
              evidence: evidence.sorted(by: GraphStore.evidenceOrder), coding: coding, path: path))
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
