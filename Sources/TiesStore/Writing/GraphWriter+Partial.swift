import GRDB
import TiesModel

extension GraphWriter {
  /// Makes the stored graph agree with the resolution of part of it: the entities of
  /// `graph` replace `replacing` (the entities its clusters were stored with), the relations
  /// of `graph` replace every stored relation with an end among either, and the mentions of
  /// `clusters` point at their new entities. Only rows that differ are written.
  ///
  /// - Parameters:
  ///   - graph: the entities of a set of clusters closed under buckets, and every relation
  ///     with an end among them (`Resolver.resolve(_:fixed:)`).
  ///   - clusters: those clusters, each with its entity (`Resolver.Result.clusterEntities`).
  ///   - baseIDs: each entity's id before its suffix.
  ///   - replacing: the entities the clusters (and the clusters of documents just removed)
  ///     were stored with.
  ///   - previous: the entity each cluster was stored with (`resolutionInput(for:)`); the
  ///     mentions of a cluster whose entity stays are not visited.
  /// - Throws: `StoreError.duplicateEntity` when a new entity takes the id of a stored entity
  ///   outside `replacing`; `.unknownEntity` when a relation names an entity that is neither
  ///   new nor stored; `.encodingFailed`, `.database`.
  /// - Complexity: O(rows of the entities and relations involved).
  @discardableResult
  public func applyPartial(
    graph: KnowledgeGraph, clusters: [(cluster: ClusterRef, entity: EntityID?)],
    baseIDs: [EntityID: EntityID],
    replacing old: Set<EntityID>, previous: [ClusterRef: EntityID]
  ) throws -> Changes {
    var changes = Changes()
    let fingerprintOf = try db.cachedStatement(sql: "SELECT id, fingerprint FROM entities WHERE id = ?")
    var stored: [String: Int64?] = [:]
    for entity in graph.entities {
      guard let row = try Row.fetchOne(fingerprintOf, arguments: [entity.id.rawValue]) else { continue }
      guard old.contains(entity.id) else { throw StoreError.duplicateEntity(entity.id) }
      stored[row[0]] = row[1] as Int64?
    }
    let ids = try writeEntities(graph.entities, stored: stored, baseIDs: baseIDs, &changes)

    var storedRelations: [StoredRelationKey: (id: Int64, fingerprint: Int64?)] = [:]
    for entity in old.union(ids).sorted() {
      try self.storedRelations(
        sql:
          "SELECT id, subject, predicate, object, role, fingerprint FROM relations WHERE subject = ?1 OR object = ?1",
        arguments: [entity.rawValue], into: &storedRelations)
    }
    let exists = try db.cachedStatement(sql: "SELECT 1 FROM entities WHERE id = ?")
    try writeRelations(
      graph.relations, stored: storedRelations, ids: ids,
      knownEntity: { id in try !old.contains(id) && (Bool.fetchOne(exists, arguments: [id.rawValue]) ?? false)
      },
      &changes)

    let update = try db.cachedStatement(
      sql: "UPDATE mentions SET entity_id = ?1 WHERE document = ?2 AND local_key = ?3 AND entity_id IS NOT ?1"
    )
    for (cluster, entity) in clusters where previous[cluster] != entity {
      update.setUncheckedArguments([entity?.rawValue, cluster.document, cluster.key])
      try update.execute()
      changes.mentionsUpdated += db.changesCount
    }
    let delete = try db.cachedStatement(sql: "DELETE FROM entities WHERE id = ?")
    for id in old.subtracting(ids).sorted() {
      delete.setUncheckedArguments([id.rawValue])
      try delete.execute()
      changes.entitiesDeleted += db.changesCount
    }
    return changes
  }
}
