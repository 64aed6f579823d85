import GRDB
import TiesModel

extension GraphWriter {
  /// For each of `keys`, the entity its first stored cluster with an entity resolves to (all
  /// of a key's clusters resolve to one entity, events aside), found through the key's bucket
  /// (`k|<key>`), with its mentions' surface forms counted in one `GROUP BY`; or, where
  /// `writtenAs[key]` is its name and a stored mention writes it, with its aliases and
  /// mention count instead of the count.
  /// - Complexity: O(k log B) look-ups for k keys among B bucket rows, plus the mentions of
  ///   the entities counted (through `mentions_by_entity`), summed by SQLite without a Swift
  ///   value per mention, and the aliases of those not counted.
  public func summedEntities(ofKeys keys: [String], writtenAs: [String: String]) throws -> [String:
    SummedEntity]
  {
    let entityOfKey = try db.cachedStatement(
      sql: """
        SELECT m.entity_id FROM cluster_buckets b
        CROSS JOIN mentions m ON m.document = b.document AND m.local_key = b.key
        WHERE b.bucket = ? AND m.entity_id IS NOT NULL LIMIT 1
        """)
    let entity = try db.cachedStatement(
      sql: "SELECT name, type, base_id, mention_count FROM entities WHERE id = ?")
    let surfaces = try db.cachedStatement(
      sql: "SELECT text, type, COUNT(*) FROM mentions WHERE entity_id = ? GROUP BY text, type")
    let writes = try db.cachedStatement(
      sql: "SELECT 1 FROM mentions WHERE entity_id = ? AND text = ? LIMIT 1")
    let aliases = try db.cachedStatement(sql: "SELECT alias FROM aliases WHERE entity_id = ?")
    let sharing = try db.cachedStatement(sql: "SELECT COUNT(*) FROM entities WHERE base_id = ?")
    var out: [String: SummedEntity] = [:]
    for key in keys {
      guard let id = try String.fetchOne(entityOfKey, arguments: ["k|" + key]),
        let row = try Row.fetchOne(entity, arguments: [id])
      else { continue }
      let baseID: String? = row[2]
      var summed = SummedEntity(
        id: EntityID(rawValue: id), name: row[0], type: EntityType(rawValue: row[1]), baseID: baseID,
        surfaces: [:], mentionTypes: [], sharingBaseID: 0)
      if let written = writtenAs[key], written == summed.name,
        try Bool.fetchOne(writes, arguments: [id, written]) == true
      {
        summed.counted = false
        summed.aliases = try String.fetchAll(aliases, arguments: [id]).sorted()
        summed.mentionCount = row[3]
      } else {
        for count in try Row.fetchAll(surfaces, arguments: [id]) {
          summed.surfaces[count[0], default: 0] += count[2] as Int
          summed.mentionTypes.insert(EntityType(rawValue: count[1]))
        }
      }
      summed.sharingBaseID = try Int.fetchOne(sharing, arguments: [baseID ?? id]) ?? 0
      out[key] = summed
    }
    return out
  }

  /// For each of `buckets`, the distinct keys and entities of the resolved clusters that hold
  /// it. The clusters of one key (events aside) are one entity, so a key's entity is read
  /// from its first resolved cluster in the bucket: the bucket's rows are read once, in
  /// order, and a cluster's entity is looked up only while its key has none yet.
  /// - Complexity: O(b log B) look-ups for b buckets among B bucket rows, plus their rows,
  ///   plus a look-up per row whose key has no entity yet.
  public func resolvedHolders(of buckets: Set<String>) throws -> [String: Set<BucketHolder>] {
    let rowsOf = try db.cachedStatement(sql: "SELECT document, key FROM cluster_buckets WHERE bucket = ?")
    let entityOf = try db.cachedStatement(
      sql: """
        SELECT entity_id FROM mentions WHERE document = ? AND local_key = ? AND entity_id IS NOT NULL LIMIT 1
        """)
    var out: [String: Set<BucketHolder>] = [:]
    for bucket in buckets.sorted() {
      var own = Set<BucketHolder>()
      var found = Set<String>()
      let rows = try Row.fetchCursor(rowsOf, arguments: [bucket])
      while let row = try rows.next() {
        let (document, key): (String, String) = (row[0], row[1])
        guard !found.contains(key), let entity = try String.fetchOne(entityOf, arguments: [document, key])
        else { continue }
        found.insert(key)
        own.insert(BucketHolder(key: key, entity: EntityID(rawValue: entity)))
      }
      out[bucket] = own
    }
    return out
  }

  /// For each of `pairs`, the entity of a resolved cluster of its key that holds its bucket,
  /// found from the key's clusters (its `k|` bucket) rather than the bucket's, which may be
  /// many (initials many companies share).
  /// - Complexity: O(p log B) look-ups for p pairs among B bucket rows, plus, for each, the
  ///   buckets of its key's clusters until one holds it.
  public func resolvedEntities(holding pairs: Set<KeyBucket>) throws -> [KeyBucket: EntityID] {
    let entityOf = try db.cachedStatement(
      sql: """
        SELECT m.entity_id FROM cluster_buckets k
        CROSS JOIN cluster_buckets b ON b.document = k.document AND b.key = k.key
        CROSS JOIN mentions m ON m.document = k.document AND m.local_key = k.key
        WHERE k.bucket = 'k|' || ?1 AND b.bucket = ?2 AND m.entity_id IS NOT NULL LIMIT 1
        """)
    var out: [KeyBucket: EntityID] = [:]
    for pair in pairs.sorted(by: { ($0.key, $0.bucket) < ($1.key, $1.bucket) }) {
      guard let entity = try String.fetchOne(entityOf, arguments: [pair.key, pair.bucket]) else { continue }
      out[pair] = EntityID(rawValue: entity)
    }
    return out
  }

  /// Points the mentions of `clusters` at their entities and rewrites `entities` (stored
  /// already) whose digest changed, with their aliases.
  /// - Throws: `StoreError.unknownEntity` when one of `entities` is not stored.
  /// - Complexity: O(mentions of `clusters` + rows of `entities`).
  @discardableResult
  public func absorb(
    _ clusters: [(cluster: ClusterRef, entity: EntityID)], entities: [Entity], baseIDs: [EntityID: EntityID]
  ) throws -> Changes {
    var changes = Changes()
    let fingerprintOf = try db.cachedStatement(sql: "SELECT fingerprint FROM entities WHERE id = ?")
    var stored: [String: Int64?] = [:]
    for entity in entities {
      guard let row = try Row.fetchOne(fingerprintOf, arguments: [entity.id.rawValue]) else {
        throw StoreError.unknownEntity(entity.id, referencedBy: "an ingest adding mentions to it")
      }
      stored[entity.id.rawValue] = row[0] as Int64?
    }
    _ = try writeEntities(entities, stored: stored, baseIDs: baseIDs, &changes)
    let update = try db.cachedStatement(
      sql: "UPDATE mentions SET entity_id = ?1 WHERE document = ?2 AND local_key = ?3 AND entity_id IS NOT ?1"
    )
    for (cluster, entity) in clusters {
      update.setUncheckedArguments([entity.rawValue, cluster.document, cluster.key])
      try update.execute()
      changes.mentionsUpdated += db.changesCount
    }
    return changes
  }
}
