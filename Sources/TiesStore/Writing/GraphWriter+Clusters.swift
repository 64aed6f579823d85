import GRDB
import TiesModel

/// One thing as one article names it: a document and a local key.
public struct ClusterRef: Hashable, Comparable, Sendable {
  public var document: String
  public var key: String

  public init(document: String, key: String) {
    self.document = document
    self.key = key
  }

  public static func < (a: ClusterRef, b: ClusterRef) -> Bool { (a.document, a.key) < (b.document, b.key) }
}

/// A cluster outside a resolved set, with the entity it is stored with.
public struct SettledCluster: Hashable, Sendable {
  public var cluster: ClusterRef
  public var entity: EntityID
  public var type: EntityType

  public init(cluster: ClusterRef, entity: EntityID, type: EntityType) {
    self.cluster = cluster
    self.entity = entity
    self.type = type
  }
}

extension GraphWriter {
  /// Stores the buckets of `document`'s clusters (`Resolver.buckets(of:)`).
  /// - Complexity: O(rows written).
  public func insertBuckets(_ buckets: [(key: String, buckets: [String])], document: String) throws {
    let rows = try RowInserter<BucketRecord>(db)
    for (key, own) in buckets {
      for bucket in own { try rows.insert(BucketRecord(bucket: bucket, document: document, key: key)) }
    }
  }

  /// A fact recorded about the graph as a whole (`store_state`).
  public func recordedState(_ name: String) throws -> String? {
    try String.fetchOne(db, sql: "SELECT value FROM store_state WHERE name = ?", arguments: [name])
  }

  /// Records `value` as the fact `name`, replacing the one before.
  public func recordState(_ name: String, _ value: String) throws {
    try db.execute(
      sql: "INSERT OR REPLACE INTO store_state (name, value) VALUES (?, ?)", arguments: [name, value])
  }

  /// Whether every stored document's buckets are stored in the current form
  /// (`ClusterBuckets.complete`): false for a graph written before schema v3, or before
  /// acronyms had one-way buckets, until it is resolved whole once.
  public func bucketsComplete() throws -> Bool {
    try String.fetchOne(db, sql: "SELECT value FROM store_state WHERE name = 'buckets'")
      == ClusterBuckets.complete
  }

  /// Nothing on SQLite: the queries an ingest runs are planned from their indexes (and some
  /// fix their join order), not from statistics.
  public func updateStatistics() throws {}

  /// Records that every stored document's buckets are stored.
  public func markBucketsComplete() throws {
    try db.execute(
      sql: "INSERT OR REPLACE INTO store_state (name, value) VALUES ('buckets', ?)",
      arguments: [ClusterBuckets.complete])
  }

  /// Deletes every stored bucket, to write them all anew.
  public func removeAllBuckets() throws {
    try db.execute(sql: "DELETE FROM cluster_buckets")
    try db.execute(sql: "DELETE FROM store_state WHERE name = 'buckets'")
  }

  /// The buckets of the clusters of the documents `names`.
  /// - Complexity: O(rows read), through the cluster index.
  public func buckets(ofDocuments names: [String]) throws -> Set<String> {
    var out = Set<String>()
    let bucketsOf = try db.cachedStatement(sql: "SELECT bucket FROM cluster_buckets WHERE document = ?")
    for name in names { out.formUnion(try String.fetchAll(bucketsOf, arguments: [name])) }
    return out
  }

  /// The entities the mentions of the documents `names` resolve to.
  public func entities(ofDocuments names: [String]) throws -> Set<EntityID> {
    var out = Set<EntityID>()
    let entitiesOf = try db.cachedStatement(
      sql: "SELECT DISTINCT entity_id FROM mentions WHERE document = ? AND entity_id IS NOT NULL")
    for name in names {
      for id in try String.fetchAll(entitiesOf, arguments: [name]) { out.insert(EntityID(rawValue: id)) }
    }
    return out
  }

  /// Every cluster that shares a bucket with `clusters` or a cluster reached so, or holds one
  /// of `buckets`: the least set closed under buckets that contains them, less `closed`.
  /// A bucket leads to those `ClusterBuckets.reached(from:)` names; one that no cluster holds
  /// (`ClusterBuckets.allOfWords(_:)`) has for members the clusters holding all its words.
  ///
  /// - Parameters:
  ///   - closed: clusters of a set closed under buckets already (a previous closure): they
  ///     and their buckets are not visited again.
  /// - Complexity: O(b + c) indexed look-ups for the b buckets and c clusters reached, plus
  ///   the members of the words of each bucket no cluster holds.
  public func closure(
    buckets seedBuckets: Set<String>, clusters seedClusters: Set<ClusterRef>, closed: Set<ClusterRef>
  ) throws -> Set<ClusterRef> {
    // The members of a bucket with all their buckets, in one indexed join.
    let membersOf = try db.cachedStatement(
      sql: """
        SELECT b2.document, b2.key, b2.bucket FROM cluster_buckets b1
        JOIN cluster_buckets b2 ON b2.document = b1.document AND b2.key = b1.key
        WHERE b1.bucket = ?
        """)
    let bucketsOf = try db.cachedStatement(
      sql: "SELECT bucket FROM cluster_buckets WHERE document = ? AND key = ?")
    var visitedBuckets = Set<String>()
    var reached = Set<ClusterRef>()
    var bucketQueue: [String] = seedBuckets.flatMap(ClusterBuckets.reached(from:))
    for cluster in seedClusters where !closed.contains(cluster) && reached.insert(cluster).inserted {
      for bucket in try String.fetchAll(bucketsOf, arguments: [cluster.document, cluster.key]) {
        bucketQueue += ClusterBuckets.reached(from: bucket)
      }
    }
    while let bucket = bucketQueue.popLast() {
      guard visitedBuckets.insert(bucket).inserted else { continue }
      let rows =
        try ClusterBuckets.allOfWords(bucket).map {
          try Row.fetchCursor(membersOfAll($0.count), arguments: .init($0))
        }
        ?? Row.fetchCursor(membersOf, arguments: [bucket])
      while let row = try rows.next() {
        let cluster = ClusterRef(document: row[0], key: row[1])
        if closed.contains(cluster) { continue }
        reached.insert(cluster)
        for other in ClusterBuckets.reached(from: row[2] as String) where !visitedBuckets.contains(other) {
          bucketQueue.append(other)
        }
      }
    }
    return reached
  }

  /// The clusters that hold each of `count` buckets (the arguments), with all their buckets:
  /// the members of a bucket no cluster holds (`ClusterBuckets.allOfWords(_:)`).
  /// - Complexity: O(the members of the `count` buckets) indexed reads.
  private func membersOfAll(_ count: Int) throws -> Statement {
    let holders = Array(repeating: "SELECT document, key FROM cluster_buckets WHERE bucket = ?", count: count)
    return try db.cachedStatement(
      sql: """
        SELECT b.document, b.key, b.bucket FROM (\(holders.joined(separator: " INTERSECT "))) t
        JOIN cluster_buckets b ON b.document = t.document AND b.key = t.key
        """)
  }

  /// Fills the temporary table `temp.resolving` with `clusters`, for joins.
  private func fillResolving(_ clusters: Set<ClusterRef>) throws {
    try db.execute(
      sql: """
        CREATE TEMP TABLE IF NOT EXISTS resolving (document TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (document, key))
          WITHOUT ROWID;
        DELETE FROM temp.resolving;
        """)
    let insert = try db.cachedStatement(
      sql: "INSERT OR IGNORE INTO temp.resolving (document, key) VALUES (?, ?)")
    // In key order: each row then goes at the end of the table's tree (twice as fast).
    for cluster in clusters.sorted() {
      insert.setUncheckedArguments([cluster.document, cluster.key])
      try insert.execute()
    }
  }

  /// What resolution reads of `clusters`: their documents, with the mentions of those
  /// clusters only (in the order extraction gave them) and the local relations with an end
  /// among them; the clusters at the other end of those relations that are not among them,
  /// with their stored entities; and the entity each of `clusters` is stored with (clusters
  /// never resolved are left out).
  /// - Complexity: O(c log M) for c clusters among M mentions, plus the mentions and local
  ///   relations of their documents.
  public func resolutionInput(for clusters: Set<ClusterRef>) throws
    -> (extractions: [DocumentExtraction], settled: [SettledCluster], stored: [ClusterRef: EntityID])
  {
    try fillResolving(clusters)
    // The entity each cluster is stored with: that of its first mention that has one, read
    // from the mentions below rather than looked up again.
    var stored: [ClusterRef: EntityID] = [:]
    var byName: [String: DocumentExtraction] = [:]
    let documents = try DocumentRecord.fetchCursor(
      db,
      sql: """
        SELECT \(DocumentRecord.metadataColumns) FROM documents
        WHERE name IN (SELECT DISTINCT document FROM temp.resolving)
        """)
    while let record = try documents.next() {
      byName[record.document.name] = DocumentExtraction(
        document: record.document, sentences: [], mentions: [], relations: [], misses: [])
    }
    let mentions = try MentionRecord.fetchCursor(db, sql: Self.mentionsOfResolvingSQL)
    while let record = try mentions.next() {
      var mention = record.mention
      if let entity = mention.entity {
        let cluster = ClusterRef(document: mention.evidence.document, key: mention.localKey)
        if stored[cluster] == nil { stored[cluster] = entity }
      }
      mention.entity = nil
      byName[mention.evidence.document]?.mentions.append(mention)
    }
    let relations = try LocalRelationRecord.fetchCursor(
      db,
      sql: """
        SELECT \(LocalRelationRecord.columns(of: "r")) FROM local_relations r
        WHERE r.document IN (SELECT DISTINCT document FROM temp.resolving)
          AND (EXISTS (SELECT 1 FROM temp.resolving t WHERE t.document = r.document AND t.key = r.subject)
            OR EXISTS (SELECT 1 FROM temp.resolving t WHERE t.document = r.document AND t.key = r.object))
        ORDER BY r.rowid
        """)
    var outside = Set<ClusterRef>()
    while let record = try relations.next() {
      let relation = record.relation
      let name = relation.evidence.document
      byName[name]?.relations.append(relation)
      for key in [relation.subject, relation.object] {
        let end = ClusterRef(document: name, key: key)
        if !clusters.contains(end) { outside.insert(end) }
      }
    }
    var settled: [SettledCluster] = []
    var types: [String: EntityType] = [:]
    for end in outside.sorted() {
      guard let (entity, type) = try settledEntity(of: end, types: &types) else { continue }
      settled.append(SettledCluster(cluster: end, entity: entity, type: type))
    }
    let extractions = byName.values.filter { !$0.mentions.isEmpty }.sorted {
      $0.document.name < $1.document.name
    }
    return (extractions, settled, stored)
  }

  /// The entity `cluster`'s first mention with an entity points at, and its type; nil when
  /// none has one. Many clusters share an entity, so each entity's type is read once (`types`,
  /// by entity id); a join with `entities` for each cluster cost twice the look-up. A
  /// mention's entity is always stored (a foreign key, set to NULL when its entity goes).
  private func settledEntity(of cluster: ClusterRef, types: inout [String: EntityType]) throws
    -> (EntityID, EntityType)?
  {
    let entityOf = try db.cachedStatement(
      sql: """
        SELECT entity_id FROM mentions WHERE document = ? AND local_key = ? AND entity_id IS NOT NULL LIMIT 1
        """)
    guard let id = try String.fetchOne(entityOf, arguments: [cluster.document, cluster.key]),
      let type = try typeOfEntity(id, types: &types)
    else { return nil }
    return (EntityID(rawValue: id), type)
  }

  /// The stored type of entity `id`, nil when it is not stored; read once into `types`.
  private func typeOfEntity(_ id: String, types: inout [String: EntityType]) throws -> EntityType? {
    if let known = types[id] { return known }
    let typeOf = try db.cachedStatement(sql: "SELECT type FROM entities WHERE id = ?")
    guard let type = try String.fetchOne(typeOf, arguments: [id]).map(EntityType.init(rawValue:)) else {
      return nil
    }
    types[id] = type
    return type
  }

  /// The mentions of the clusters in `temp.resolving`, in the order extraction gave them.
  /// CROSS JOIN keeps `temp.resolving` the outer loop: to satisfy ORDER BY m.rowid, SQLite
  /// would otherwise scan every stored mention, a cost of the graph's size rather than of the
  /// closure's.
  static let mentionsOfResolvingSQL = """
    SELECT \(MentionRecord.columns(of: "m")) FROM temp.resolving t
    CROSS JOIN mentions m ON m.document = t.document AND m.local_key = t.key
    ORDER BY m.rowid
    """

  /// The clusters whose merging depends on how `entities` are merged: in the same article,
  /// the events one of their clusters organized, and the people affiliated with one of their
  /// clusters or attending it.
  public func dependents(of entities: Set<EntityID>) throws -> Set<ClusterRef> {
    let clustersOf = try db.cachedStatement(
      sql: "SELECT DISTINCT document, local_key FROM mentions WHERE entity_id = ?")
    let dependentsOf = try db.cachedStatement(
      sql: """
        SELECT object FROM local_relations WHERE document = ?1 AND subject = ?2 AND predicate = 'organized'
        UNION SELECT subject FROM local_relations WHERE document = ?1 AND object = ?2
          AND predicate IN ('affiliated_with', 'attended')
        """)
    var out = Set<ClusterRef>()
    for entity in entities {
      for row in try Row.fetchAll(clustersOf, arguments: [entity.rawValue]) {
        let document: String = row[0]
        for key in try String.fetchAll(dependentsOf, arguments: [document, row[1] as String]) {
          out.insert(ClusterRef(document: document, key: key))
        }
      }
    }
    return out
  }

  /// The stored entities whose base id is one of `baseIDs`, and the base ids of `entities`.
  public func entities(withBaseIDs baseIDs: Set<String>) throws -> Set<EntityID> {
    var out = Set<EntityID>()
    let statement = try db.cachedStatement(sql: "SELECT id FROM entities WHERE base_id = ?")
    for base in baseIDs {
      for id in try String.fetchAll(statement, arguments: [base]) { out.insert(EntityID(rawValue: id)) }
    }
    return out
  }

  /// The stored base ids of `entities`.
  public func baseIDs(of entities: Set<EntityID>) throws -> Set<String> {
    var out = Set<String>()
    let statement = try db.cachedStatement(
      sql: "SELECT base_id FROM entities WHERE id = ? AND base_id IS NOT NULL")
    for entity in entities {
      if let base = try String.fetchOne(statement, arguments: [entity.rawValue]) { out.insert(base) }
    }
    return out
  }

  /// The clusters stored with one of `entities`.
  public func clusters(ofEntities entities: Set<EntityID>) throws -> Set<ClusterRef> {
    let statement = try db.cachedStatement(
      sql: "SELECT DISTINCT document, local_key FROM mentions WHERE entity_id = ?")
    var out = Set<ClusterRef>()
    for entity in entities {
      for row in try Row.fetchAll(statement, arguments: [entity.rawValue]) {
        out.insert(ClusterRef(document: row[0], key: row[1]))
      }
    }
    return out
  }
}

/// A row of `cluster_buckets`: one bucket of one document's cluster.
struct BucketRecord: InsertableRecord {
  var bucket, document, key: String

  static let insertSQL = "INSERT INTO cluster_buckets (bucket, document, key) VALUES (?, ?, ?)"

  func bind(_ row: inout RowBinder) {
    row.text(bucket)
    row.text(document)
    row.text(key)
  }
}
