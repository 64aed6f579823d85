import PostgresNIO
import TiesModel
import TiesStore

/// Adding new clusters to a stored entity in place; see the SQLite `GraphWriter` for the meaning of each.
extension PostgresGraphWriter {
  /// - Complexity: two statements: one indexed look-up per key, then the mentions of the
  ///   entities found, summed by the server.
  func summedEntities(ofKeys keys: [String], writtenAs: [String: String]) throws -> [String: SummedEntity] {
    guard !keys.isEmpty else { return [:] }
    var out: [String: SummedEntity] = [:]
    var keysOf: [String: [String]] = [:]
    try session.forEachRow(
      """
      WITH found AS (
        SELECT k.key, k.written, (SELECT m.entity_id FROM cluster_buckets b
                       JOIN mentions m ON m.document = b.document AND m.local_key = b.key
                       WHERE b.bucket = 'k|' || k.key AND m.entity_id IS NOT NULL LIMIT 1) AS entity
        FROM unnest($1::text[], $2::text[]) AS k(key, written))
      SELECT found.key, e.id, e.name, e.type, e.base_id,
        (SELECT COUNT(*) FROM entities s WHERE s.base_id = COALESCE(e.base_id, e.id)),
        e.mention_count,
        found.written = e.name AND EXISTS (SELECT 1 FROM mentions w WHERE w.entity_id = e.id AND w.text = e.name)
      FROM found JOIN entities e ON e.id = found.entity
      """, .of(keys, keys.map { writtenAs[$0] ?? "" })
    ) { row in
      let c = Cells(row, path: path)
      let key = try c.text(0)
      let id = try c.text(1)
      var summed = SummedEntity(
        id: EntityID(rawValue: id), name: try c.text(2), type: EntityType(rawValue: try c.text(3)),
        baseID: try c.optionalText(4), surfaces: [:], mentionTypes: [], sharingBaseID: try c.int(5))
      if try c.value(7, as: Bool.self) {
        summed.counted = false
        summed.mentionCount = try c.int(6)
      } else {
        keysOf[id, default: []].append(key)
      }
      out[key] = summed
    }
    let uncounted = Set(out.values.filter { !$0.counted }.map(\.id.rawValue))
    if !uncounted.isEmpty {
      var aliasesOf: [String: [String]] = [:]
      try session.forEachRow(
        "SELECT entity_id, alias FROM aliases WHERE entity_id = ANY($1)", .of(uncounted.sorted())
      ) { row in
        let c = Cells(row, path: path)
        aliasesOf[try c.text(0), default: []].append(try c.text(1))
      }
      for (key, summed) in out where !summed.counted {
        out[key]?.aliases = (aliasesOf[summed.id.rawValue] ?? []).sorted()
      }
    }
    guard !keysOf.isEmpty else { return out }
    try session.forEachRow(
      "SELECT entity_id, text, type, COUNT(*) FROM mentions WHERE entity_id = ANY($1) GROUP BY entity_id, text, type",
      .of(Array(keysOf.keys))
    ) { row in
      let c = Cells(row, path: path)
      for key in keysOf[try c.text(0)] ?? [] {
        out[key]?.surfaces[try c.text(1), default: 0] += try c.int(3)
        out[key]?.mentionTypes.insert(EntityType(rawValue: try c.text(2)))
      }
    }
    return out
  }

  /// - Complexity: one statement over the members of `buckets` and their mentions.
  func resolvedHolders(of buckets: Set<String>) throws -> [String: Set<BucketHolder>] {
    var out: [String: Set<BucketHolder>] = [:]
    for bucket in buckets { out[bucket] = [] }
    guard !buckets.isEmpty else { return out }
    try session.forEachRow(
      """
      SELECT DISTINCT b.bucket, b.key, m.entity_id FROM cluster_buckets b
      JOIN mentions m ON m.document = b.document AND m.local_key = b.key
      WHERE b.bucket = ANY($1) AND m.entity_id IS NOT NULL
      """, .of(buckets.sorted())
    ) { row in
      let c = Cells(row, path: path)
      out[try c.text(0), default: []].insert(
        BucketHolder(key: try c.text(1), entity: EntityID(rawValue: try c.text(2))))
    }
    return out
  }

  func resolvedEntities(holding pairs: Set<KeyBucket>) throws -> [KeyBucket: EntityID] {
    var out: [KeyBucket: EntityID] = [:]
    guard !pairs.isEmpty else { return out }
    let sorted = pairs.sorted { ($0.key, $0.bucket) < ($1.key, $1.bucket) }
    var binds = PostgresBindings()
    binds.append(sorted.map(\.key))
    binds.append(sorted.map(\.bucket))
    try session.forEachRow(
      """
      SELECT DISTINCT ON (h.key, h.bucket) h.key, h.bucket, m.entity_id
      FROM unnest($1::text[], $2::text[]) AS h(key, bucket)
      JOIN cluster_buckets b ON b.bucket = h.bucket AND b.key = h.key
      JOIN mentions m ON m.document = b.document AND m.local_key = b.key
      WHERE m.entity_id IS NOT NULL
      ORDER BY h.key, h.bucket
      """, binds
    ) { row in
      let c = Cells(row, path: path)
      out[KeyBucket(key: try c.text(0), bucket: try c.text(1))] = EntityID(rawValue: try c.text(2))
    }
    return out
  }

  func absorb(
    _ clusters: [(cluster: ClusterRef, entity: EntityID)], entities: [Entity], baseIDs: [EntityID: EntityID]
  ) throws -> StoreChanges {
    var changes = StoreChanges()
    var stored: [String: Int64?] = [:]
    try session.forEachRow(
      "SELECT id, fingerprint FROM entities WHERE id = ANY($1)", .of(entities.map(\.id.rawValue))
    ) { row in
      let c = Cells(row, path: path)
      stored[try c.text(0)] = try c.optionalInt64(1)
    }
    for entity in entities where stored[entity.id.rawValue] == nil {
      throw StoreError.unknownEntity(entity.id, referencedBy: "an ingest adding mentions to it")
    }
    _ = try writeEntities(entities, stored: stored, baseIDs: baseIDs, &changes)
    guard !clusters.isEmpty else { return changes }
    var binds = PostgresBindings()
    binds.append(clusters.map(\.cluster.document))
    binds.append(clusters.map(\.cluster.key))
    binds.append(clusters.map(\.entity.rawValue))
    changes.mentionsUpdated += try session.execute(
      """
      UPDATE mentions m SET entity_id = u.entity
      FROM unnest($1::text[], $2::text[], $3::text[]) AS u(document, key, entity)
      WHERE m.document = u.document AND m.local_key = u.key AND m.entity_id IS DISTINCT FROM u.entity
      """, binds)
    return changes
  }
}
