import TiesModel
import TiesResolution
import TiesStore

extension GraphPipeline {
  /// Adds the new clusters of keys the graph holds to their stored entities, without
  /// resolving the stored clusters of those keys again, where that is what resolving them all
  /// would do: what keeps an ingest's cost from growing with how often the graph names a city,
  /// a company or a person.
  ///
  /// A new cluster of key K joins the entity E of K's stored clusters (one key is one entity,
  /// events aside) and changes nothing else when every bucket it holds besides `k|K`
  /// (`Resolver.buckets(of:)`) is held by a stored cluster of K and by no stored cluster of
  /// another entity. Then it plays no role K did not play already (defining or writing an
  /// acronym, having initials, a short form, a person's name words), and every cluster a
  /// rule could pair it with is E's: the rules pair it with E and nothing more. (A new
  /// cluster in the same bucket is resolved anyway, and its closure reaches this one through
  /// the stored bucket rows.) A place holds no other bucket, so its new clusters always
  /// qualify. E's row is then recomputed from the surface forms of all its mentions, which the
  /// store counts (`GraphWriting.summedEntities`), by the code a resolution's assembly uses
  /// (`Resolver.summedEntity`); the new clusters are written with E, so that the rest of the
  /// ingest finds them settled there.
  ///
  /// A key stays with the whole resolution of its clusters when its mentions are of several
  /// types (the type then follows summed confidences), when the new mentions would change
  /// E's name or id, when another entity shares E's id before the suffix (suffixes follow
  /// the order of all of one name), when two new keys would join one entity, and when a
  /// document being replaced held one of its buckets (`removedBuckets`).
  /// - Returns: the clusters added so, and the rows written.
  /// - Complexity: O(new mentions), plus the store's count of the mentions of the entities
  ///   found and of the members of the new clusters' buckets.
  func absorbKnownClusters(
    _ writer: any GraphWriting, added batch: PreparedBatch, removedBuckets: Set<String>
  ) throws -> (absorbed: Set<ClusterRef>, changes: StoreChanges) {
    var clustersOf: [String: Set<ClusterRef>] = [:]
    var surfacesOf: [String: [String: Int]] = [:]
    var typesOf: [String: Set<EntityType>] = [:]
    var bucketsOf: [String: Set<String>] = [:]
    for (extraction, own) in zip(batch.extractions, batch.buckets) {
      for mention in extraction.mentions where !mention.localKey.hasPrefix("ev:") {
        let key = mention.localKey
        clustersOf[key, default: []].insert(ClusterRef(document: extraction.document.name, key: key))
        surfacesOf[key, default: [:]][mention.text, default: 0] += 1
        typesOf[key, default: []].insert(mention.type)
      }
      for (key, buckets) in own where !key.hasPrefix("ev:") { bucketsOf[key, default: []].formUnion(buckets) }
    }
    let keys = clustersOf.keys.filter { key in
      typesOf[key]?.count == 1 && typesOf[key] != [.event]
        && bucketsOf[key, default: []].isDisjoint(with: removedBuckets)
    }
    // Whether each key's new clusters are alone with its entity in every other bucket they
    // hold, read before any entity's mentions are counted: a key that fails is not counted.
    var others = Set<String>()
    for key in keys { others.formUnion(bucketsOf[key, default: []].subtracting(["k|" + key])) }
    let holders = try writer.resolvedHolders(of: others)
    var entityInBuckets: [String: EntityID] = [:]
    let alone = keys.filter { key in
      for bucket in bucketsOf[key, default: []] where bucket != "k|" + key {
        let own = holders[bucket] ?? []
        guard let mine = own.first(where: { $0.key == key })?.entity, own.allSatisfy({ $0.entity == mine }),
          entityInBuckets[key, default: mine] == mine
        else { return false }
        entityInBuckets[key] = mine
      }
      return true
    }

    let stored = try writer.summedEntities(ofKeys: alone.sorted())
    var keysOfEntity: [EntityID: Int] = [:]
    for summed in stored.values { keysOfEntity[summed.id, default: 0] += 1 }
    var candidates: [(key: String, entity: Entity, baseID: EntityID)] = []
    for (key, summed) in stored.sorted(by: { $0.key < $1.key }) {
      guard let type = typesOf[key]?.first, summed.type == type, summed.mentionTypes == [type],
        summed.sharingBaseID == 1, summed.baseID == summed.id.rawValue, keysOfEntity[summed.id] == 1,
        entityInBuckets[key, default: summed.id] == summed.id
      else { continue }
      var surfaces = summed.surfaces
      for (text, n) in surfacesOf[key] ?? [:] { surfaces[text, default: 0] += n }
      let (entity, baseID) = resolver.summedEntity(key: key, type: type, surfaces: surfaces)
      guard entity.id == summed.id, entity.name == summed.name else { continue }
      candidates.append((key, entity, baseID))
    }

    var chosen = Set(candidates.map(\.key))
    // A relation needs an end among the clusters resolved: of two ends added in place, the
    // one with fewer mentions is resolved instead.
    let size = { (key: String) in stored[key]?.surfaces.values.reduce(0, +) ?? 0 }
    for extraction in batch.extractions {
      for relation in extraction.relations
      where chosen.contains(relation.subject) && chosen.contains(relation.object) {
        let (s, o) = (relation.subject, relation.object)
        chosen.remove((size(s), s) < (size(o), o) ? s : o)
      }
    }

    var absorbed: [(cluster: ClusterRef, entity: EntityID)] = []
    var entities: [Entity] = []
    var baseIDs: [EntityID: EntityID] = [:]
    for (key, entity, baseID) in candidates where chosen.contains(key) {
      entities.append(entity)
      baseIDs[entity.id] = baseID
      for cluster in (clustersOf[key] ?? []).sorted() { absorbed.append((cluster, entity.id)) }
    }
    guard !entities.isEmpty else { return ([], StoreChanges()) }
    let changes = try writer.absorb(absorbed, entities: entities, baseIDs: baseIDs)
    return (Set(absorbed.map(\.cluster)), changes)
  }
}
