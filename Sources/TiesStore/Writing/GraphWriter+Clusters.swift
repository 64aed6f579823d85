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
}

extension GraphWriter {
  /// Stores the buckets of `document`'s clusters (`Resolver.buckets(of:)`).
  /// - Complexity: O(rows written).
  public func insertBuckets(_ buckets: [(key: String, buckets: [String])], document: String) throws {
    let insert = try db.cachedStatement(
      sql: "INSERT INTO cluster_buckets (bucket, document, key) VALUES (?, ?, ?)")
    for (key, own) in buckets {
      for bucket in own {
        insert.setUncheckedArguments([bucket, document, key])
        try insert.execute()
      }
    }
  }

  /// Whether every stored document's buckets are stored (false for a graph written before
  /// schema v3 until it is resolved whole once).
  public func bucketsComplete() throws -> Bool {
    try String.fetchOne(db, sql: "SELECT value FROM store_state WHERE name = 'buckets'") == "complete"
  }

  /// Records that every stored document's buckets are stored.
  public func markBucketsComplete() throws {
    try db.execute(sql: "INSERT OR REPLACE INTO store_state (name, value) VALUES ('buckets', 'complete')")
  }

  /// Deletes every stored bucket, to write them all anew.
  public func removeAllBuckets() throws {
    try db.execute(sql: "DELETE FROM cluster_buckets")
    try db.execute(sql: "DELETE FROM store_state WHERE name = 'buckets'")
  }

  /// The buckets of the clusters of the documents `names`.
  /// - Complexity: O(rows read), through the cluster index.
  public func buckets(ofDocuments names: some Sequence<String>) throws -> Set<String> {
    var out = Set<String>()
    for name in names {
      out.formUnion(
        try String.fetchAll(
          db, sql: "SELECT bucket FROM cluster_buckets WHERE document = ?", arguments: [name]))
    }
    return out
  }

  /// The entities the mentions of the documents `names` resolve to.
  public func entities(ofDocuments names: some Sequence<String>) throws -> Set<EntityID> {
    var out = Set<EntityID>()
    for name in names {
      let ids = try String.fetchAll(
        db, sql: "SELECT DISTINCT entity_id FROM mentions WHERE document = ? AND entity_id IS NOT NULL",
        arguments: [name])
      for id in ids { out.insert(EntityID(rawValue: id)) }
    }
    return out
  }

  /// Every cluster that shares a bucket with `clusters` or a cluster reached so, or holds one
  /// of `buckets`: the least set closed under buckets that contains them, less `closed`.
  ///
  /// - Parameters:
  ///   - closed: clusters of a set closed under buckets already (a previous closure): they
  ///     and their buckets are not visited again.
  /// - Complexity: O(b + c) indexed look-ups for the b buckets and c clusters reached.
  public func closure(
    buckets seedBuckets: Set<String>, clusters seedClusters: Set<ClusterRef>, closed: Set<ClusterRef> = []
  ) throws -> Set<ClusterRef> {
    let membersOf = try db.cachedStatement(sql: "SELECT document, key FROM cluster_buckets WHERE bucket = ?")
    let bucketsOf = try db.cachedStatement(
      sql: "SELECT bucket FROM cluster_buckets WHERE document = ? AND key = ?")
    var visitedBuckets = Set<String>()
    var reached = Set<ClusterRef>()
    var bucketQueue = Array(seedBuckets)
    var clusterQueue = Array(seedClusters)
    while !bucketQueue.isEmpty || !clusterQueue.isEmpty {
      while let cluster = clusterQueue.popLast() {
        guard !closed.contains(cluster), reached.insert(cluster).inserted else { continue }
        let own = try String.fetchAll(bucketsOf, arguments: [cluster.document, cluster.key])
        for bucket in own where !visitedBuckets.contains(bucket) { bucketQueue.append(bucket) }
      }
      while let bucket = bucketQueue.popLast() {
        guard visitedBuckets.insert(bucket).inserted else { continue }
        let rows = try Row.fetchCursor(membersOf, arguments: [bucket])
        while let row = try rows.next() {
          let cluster = ClusterRef(document: row[0], key: row[1])
          if !reached.contains(cluster) { clusterQueue.append(cluster) }
        }
      }
    }
    return reached
  }

  /// What resolution reads of `clusters`: their documents, with the mentions of those
  /// clusters only (in the order extraction gave them) and the local relations with an end
  /// among them; and the clusters at the other end of those relations that are not among
  /// them, with their stored entities.
  /// - Complexity: O(mentions of the clusters + local relations of their documents).
  public func resolutionInput(for clusters: Set<ClusterRef>) throws
    -> (extractions: [DocumentExtraction], settled: [SettledCluster])
  {
    let mentionsOf = try db.cachedStatement(
      sql: "SELECT rowid AS position, * FROM mentions WHERE document = ? AND local_key = ?")
    var byDocument: [String: [(position: Int64, mention: Mention)]] = [:]
    for cluster in clusters {
      let rows = try Row.fetchCursor(mentionsOf, arguments: [cluster.document, cluster.key])
      while let row = try rows.next() {
        var mention = try MentionRecord(row: row).mention
        mention.entity = nil
        byDocument[cluster.document, default: []].append((row["position"], mention))
      }
    }
    let documentOf = try db.cachedStatement(
      sql: "SELECT \(DocumentRecord.metadataColumns) FROM documents WHERE name = ?")
    let relationsOf = try db.cachedStatement(
      sql: "SELECT * FROM local_relations WHERE document = ? ORDER BY rowid")
    let entityOf = try db.cachedStatement(
      sql: """
        SELECT m.entity_id, e.type FROM mentions m JOIN entities e ON e.id = m.entity_id
        WHERE m.document = ? AND m.local_key = ? LIMIT 1
        """)
    var extractions: [DocumentExtraction] = []
    var settled = Set<SettledCluster>()
    for (name, mentions) in byDocument.sorted(by: { $0.key < $1.key }) {
      guard let record = try DocumentRecord.fetchOne(documentOf, arguments: [name]) else { continue }
      var extraction = DocumentExtraction(
        document: record.document, sentences: [],
        mentions: mentions.sorted { $0.position < $1.position }.map(\.mention),
        relations: [], misses: [])
      for relation in try LocalRelationRecord.fetchAll(relationsOf, arguments: [name]).map(\.relation) {
        let ends = [relation.subject, relation.object].map { ClusterRef(document: name, key: $0) }
        let inside = ends.map(clusters.contains)
        guard inside[0] || inside[1] else { continue }
        extraction.relations.append(relation)
        for (end, isInside) in zip(ends, inside) where !isInside {
          guard let row = try Row.fetchOne(entityOf, arguments: [end.document, end.key]) else { continue }
          settled.insert(
            SettledCluster(
              cluster: end, entity: EntityID(rawValue: row[0]), type: EntityType(rawValue: row[1])))
        }
      }
      extractions.append(extraction)
    }
    return (extractions, settled.sorted { $0.cluster < $1.cluster })
  }

  /// The entity each of `clusters` is stored with; clusters never resolved are left out.
  public func storedEntities(of clusters: Set<ClusterRef>) throws -> [ClusterRef: EntityID] {
    let entityOf = try db.cachedStatement(
      sql:
        "SELECT entity_id FROM mentions WHERE document = ? AND local_key = ? AND entity_id IS NOT NULL LIMIT 1"
    )
    var out: [ClusterRef: EntityID] = [:]
    for cluster in clusters {
      if let id = try String.fetchOne(entityOf, arguments: [cluster.document, cluster.key]) {
        out[cluster] = EntityID(rawValue: id)
      }
    }
    return out
  }

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
