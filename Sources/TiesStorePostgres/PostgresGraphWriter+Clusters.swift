import Foundation
import PostgresNIO
import TiesModel
import TiesStore

/// What incremental ingest reads and writes of clusters and their buckets; see the SQLite
/// `GraphWriter` for the meaning of each.
extension PostgresGraphWriter {
  func insertBuckets(_ buckets: [(key: String, buckets: [String])], document: String) throws {
    var rows = BulkInsert("cluster_buckets", [("bucket", .text), ("document", .text), ("key", .text)])
    for (key, own) in buckets {
      for bucket in own { try rows.add([.text(bucket), .text(document), .text(key)], session) }
    }
    try rows.flush(session)
  }

  func recordedState(_ name: String) throws -> String? {
    try session.query("SELECT value FROM ties_state WHERE name = $1", .of(name)).first.map {
      try Cells($0, path: path).text(0)
    }
  }

  func recordState(_ name: String, _ value: String) throws {
    try session.execute(
      """
      INSERT INTO ties_state (name, value) VALUES ($1, $2)
      ON CONFLICT (name) DO UPDATE SET value = excluded.value
      """, .of(name, value))
  }

  func bucketsComplete() throws -> Bool {
    try session.query("SELECT value FROM ties_state WHERE name = 'buckets'").first.map {
      try Cells($0, path: path).text(0)
    } == ClusterBuckets.complete
  }

  /// `ANALYZE`, inside the write's transaction (it samples the rows the transaction wrote).
  /// Without statistics, PostgreSQL planned the first ingest into a graph fresh from a build
  /// badly: 15.8 s instead of 1.3 s into 20,000 generated articles (counting the stored
  /// entities' mentions 4.4 s, reading the local relations between two entities 9.5 s), until
  /// autovacuum analyzed the tables.
  /// - Complexity: a sample of each table (30,000 rows at the default statistics target).
  func updateStatistics() throws {
    try session.execute("ANALYZE")
  }

  func markBucketsComplete() throws {
    try session.execute(
      """
      INSERT INTO ties_state (name, value) VALUES ('buckets', $1)
      ON CONFLICT (name) DO UPDATE SET value = excluded.value
      """, .of(ClusterBuckets.complete))
  }

  func removeAllBuckets() throws {
    try session.execute("DELETE FROM cluster_buckets")
    try session.execute("DELETE FROM ties_state WHERE name = 'buckets'")
  }

  func buckets(ofDocuments names: [String]) throws -> Set<String> {
    guard !names.isEmpty else { return [] }
    return Set(
      try session.query("SELECT DISTINCT bucket FROM cluster_buckets WHERE document = ANY($1)", .of(names))
        .map {
          try Cells($0, path: path).text(0)
        })
  }

  func entities(ofDocuments names: [String]) throws -> Set<EntityID> {
    guard !names.isEmpty else { return [] }
    return Set(
      try session.query(
        "SELECT DISTINCT entity_id FROM mentions WHERE document = ANY($1) AND entity_id IS NOT NULL",
        .of(names)
      ).map { EntityID(rawValue: try Cells($0, path: path).text(0)) })
  }

  /// Bindings `$1, $2` of the documents and keys of `clusters`.
  static func pairs(_ clusters: some Collection<ClusterRef>) -> PostgresBindings {
    var binds = PostgresBindings()
    binds.append(clusters.map(\.document))
    binds.append(clusters.map(\.key))
    return binds
  }

  /// The clusters of rows whose first two columns are a document and a key.
  private func clusterRows(_ sql: String, _ binds: PostgresBindings) throws -> Set<ClusterRef> {
    Set(
      try session.query(sql, binds).map { row in
        let c = Cells(row, path: path)
        return ClusterRef(document: try c.text(0), key: try c.text(1))
      })
  }

  /// Breadth first, one query per level: the members of the frontier's buckets with all their
  /// buckets; and one for each bucket no cluster holds (`ClusterBuckets.allOfWords(_:)`),
  /// whose members hold all its words.
  /// - Complexity: O(b + c) rows for the b buckets and c clusters reached, plus the members of
  ///   the words of each bucket no cluster holds, in as many round trips as the closure has
  ///   levels and such buckets.
  func closure(
    buckets seedBuckets: Set<String>, clusters seedClusters: Set<ClusterRef>, closed: Set<ClusterRef>
  )
    throws -> Set<ClusterRef>
  {
    var visited = Set<String>()
    var reached = Set<ClusterRef>()
    var frontier = Set(seedBuckets.flatMap(ClusterBuckets.reached(from:)))
    let seeds = seedClusters.filter { !closed.contains($0) }
    reached.formUnion(seeds)
    if !seeds.isEmpty {
      try session.forEachRow(
        """
        SELECT DISTINCT b.bucket FROM unnest($1::text[], $2::text[]) AS s(document, key)
        JOIN cluster_buckets b ON b.document = s.document AND b.key = s.key
        """, Self.pairs(seeds)
      ) { row in frontier.formUnion(ClusterBuckets.reached(from: try Cells(row, path: path).text(0))) }
    }
    while !frontier.isEmpty {
      visited.formUnion(frontier)
      var next = Set<String>()
      let visit = { (row: PostgresRow) in
        let c = Cells(row, path: path)
        let cluster = ClusterRef(document: try c.text(0), key: try c.text(1))
        if closed.contains(cluster) { return }
        reached.insert(cluster)
        for bucket in ClusterBuckets.reached(from: try c.text(2)) where !visited.contains(bucket) {
          next.insert(bucket)
        }
      }
      var held: [String] = []
      for bucket in frontier.sorted() {
        guard let words = ClusterBuckets.allOfWords(bucket) else {
          held.append(bucket)
          continue
        }
        // A bucket no cluster holds: the clusters that hold all its words.
        try session.forEachRow(
          """
          SELECT b.document, b.key, b.bucket FROM (
            SELECT document, key FROM cluster_buckets WHERE bucket = ANY($1)
            GROUP BY document, key HAVING COUNT(*) = $2
          ) t JOIN cluster_buckets b ON b.document = t.document AND b.key = t.key
          """, .of(words, words.count), visit)
      }
      try session.forEachRow(
        """
        SELECT b2.document, b2.key, b2.bucket FROM cluster_buckets b1
        JOIN cluster_buckets b2 ON b2.document = b1.document AND b2.key = b1.key
        WHERE b1.bucket = ANY($1)
        """, .of(held), visit)
      frontier = next
    }
    return reached
  }

  func resolutionInput(for clusters: Set<ClusterRef>) throws
    -> (extractions: [DocumentExtraction], settled: [SettledCluster], stored: [ClusterRef: EntityID])
  {
    let binds = Self.pairs(clusters)
    let targets = "SELECT DISTINCT * FROM unnest($1::text[], $2::text[]) AS t(document, key)"
    var stored: [ClusterRef: EntityID] = [:]
    try session.forEachRow(
      """
      SELECT t.document, t.key, (SELECT m.entity_id FROM mentions m
        WHERE m.document = t.document AND m.local_key = t.key AND m.entity_id IS NOT NULL LIMIT 1)
      FROM (\(targets)) t
      """, binds
    ) { row in
      let c = Cells(row, path: path)
      if let id = try c.optionalText(2) {
        stored[ClusterRef(document: try c.text(0), key: try c.text(1))] = EntityID(rawValue: id)
      }
    }
    var byName: [String: DocumentExtraction] = [:]
    try session.forEachRow(
      "SELECT \(Columns.document) FROM documents WHERE name = ANY($1)",
      .of(Array(Set(clusters.map(\.document))))
    ) { row in
      let document = try Columns.document(Cells(row, path: path))
      byName[document.name] = DocumentExtraction(
        document: document, sentences: [], mentions: [], relations: [], misses: [])
    }
    let mentionColumns = Columns.mention.split(separator: ",").map {
      "m." + $0.trimmingCharacters(in: .whitespaces)
    }.joined(separator: ", ")
    try session.forEachRow(
      """
      SELECT \(mentionColumns) FROM (\(targets)) t
      JOIN mentions m ON m.document = t.document AND m.local_key = t.key
      ORDER BY m.document, m.ordinal
      """, binds
    ) { row in
      var mention = try Columns.mention(Cells(row, path: path))
      mention.entity = nil
      byName[mention.evidence.document]?.mentions.append(mention)
    }
    var outside = Set<ClusterRef>()
    try session.forEachRow(
      """
      WITH t AS (\(targets))
      SELECT \(Columns.localRelation) FROM local_relations r
      WHERE r.document IN (SELECT document FROM t)
        AND (EXISTS (SELECT 1 FROM t WHERE t.document = r.document AND t.key = r.subject)
          OR EXISTS (SELECT 1 FROM t WHERE t.document = r.document AND t.key = r.object))
      ORDER BY r.document, r.ordinal
      """, binds
    ) { row in
      let relation = try Columns.localRelation(Cells(row, path: path))
      let name = relation.evidence.document
      byName[name]?.relations.append(relation)
      for key in [relation.subject, relation.object] {
        let end = ClusterRef(document: name, key: key)
        if !clusters.contains(end) { outside.insert(end) }
      }
    }
    var settled: [SettledCluster] = []
    if !outside.isEmpty {
      try session.forEachRow(
        """
        SELECT DISTINCT ON (o.document, o.key) o.document, o.key, m.entity_id, e.type
        FROM unnest($1::text[], $2::text[]) AS o(document, key)
        JOIN mentions m ON m.document = o.document AND m.local_key = o.key
        JOIN entities e ON e.id = m.entity_id
        ORDER BY o.document, o.key, m.ordinal
        """, Self.pairs(outside)
      ) { row in
        let c = Cells(row, path: path)
        settled.append(
          SettledCluster(
            cluster: ClusterRef(document: try c.text(0), key: try c.text(1)),
            entity: EntityID(rawValue: try c.text(2)), type: EntityType(rawValue: try c.text(3))))
      }
      settled.sort { $0.cluster < $1.cluster }
    }
    let extractions = byName.values.filter { !$0.mentions.isEmpty }.sorted {
      $0.document.name < $1.document.name
    }
    return (extractions, settled, stored)
  }

  func resolutionInput() throws -> [DocumentExtraction] {
    var byName: [String: DocumentExtraction] = [:]
    try session.forEachRow("SELECT \(Columns.document) FROM documents WHERE has_extraction") { row in
      let document = try Columns.document(Cells(row, path: path))
      byName[document.name] = DocumentExtraction(
        document: document, sentences: [], mentions: [], relations: [], misses: [])
    }
    try session.forEachRow("SELECT \(Columns.mention) FROM mentions ORDER BY document, ordinal") { row in
      var mention = try Columns.mention(Cells(row, path: path))
      mention.entity = nil
      byName[mention.evidence.document]?.mentions.append(mention)
    }
    try session.forEachRow(
      "SELECT \(Columns.localRelation) FROM local_relations ORDER BY document, ordinal"
    ) { row in
      let relation = try Columns.localRelation(Cells(row, path: path))
      byName[relation.evidence.document]?.relations.append(relation)
    }
    return byName.values.sorted { $0.document.name < $1.document.name }
  }

  func dependents(of entities: Set<EntityID>) throws -> Set<ClusterRef> {
    guard !entities.isEmpty else { return [] }
    return try clusterRows(
      """
      WITH c AS (SELECT DISTINCT document, local_key FROM mentions WHERE entity_id = ANY($1))
      SELECT r.document, r.object FROM local_relations r JOIN c ON r.document = c.document AND r.subject = c.local_key
        WHERE r.predicate = 'organized'
      UNION
      SELECT r.document, r.subject FROM local_relations r JOIN c ON r.document = c.document AND r.object = c.local_key
        WHERE r.predicate IN ('affiliated_with', 'attended')
      """, .of(entities.map(\.rawValue)))
  }

  func entities(withBaseIDs baseIDs: Set<String>) throws -> Set<EntityID> {
    guard !baseIDs.isEmpty else { return [] }
    return Set(
      try session.query("SELECT id FROM entities WHERE base_id = ANY($1)", .of(Array(baseIDs))).map {
        EntityID(rawValue: try Cells($0, path: path).text(0))
      })
  }

  func baseIDs(of entities: Set<EntityID>) throws -> Set<String> {
    guard !entities.isEmpty else { return [] }
    return Set(
      try session.query(
        "SELECT base_id FROM entities WHERE id = ANY($1) AND base_id IS NOT NULL",
        .of(entities.map(\.rawValue))
      ).map { try Cells($0, path: path).text(0) })
  }

  func clusters(ofEntities entities: Set<EntityID>) throws -> Set<ClusterRef> {
    guard !entities.isEmpty else { return [] }
    return try clusterRows(
      "SELECT DISTINCT document, local_key FROM mentions WHERE entity_id = ANY($1)",
      .of(entities.map(\.rawValue)))
  }
}
