import TiesModel
import TiesResolution
import TiesStore

extension GraphPipeline {
  /// Adds the new clusters of places already in the graph to their stored entities, without
  /// resolving the stored clusters of those places again: what keeps an ingest's cost from
  /// growing with how often the graph names a city or a country.
  ///
  /// A place's entity is the sum of the clusters of its key (`Resolver.isSummedKey`): its
  /// name, aliases and mention count follow from the surface forms of all its mentions, which
  /// the store counts (`GraphWriting.summedEntities`), and `Resolver.placeEntity` makes the
  /// entity a whole resolution would. The new clusters are written with the stored entity, so
  /// that the rest of the ingest finds them settled there (the events held in them tie to
  /// it), and the entity's row is updated in place. A key stays with the whole resolution of
  /// its clusters (`resolveIncrementally`'s closure) when the new mentions would change the
  /// place's name or id, when another entity shares its id before the suffix (suffixes follow
  /// the order of all of one name), when a mention of it is typed otherwise, and when a
  /// document being replaced names it (`removedBuckets`).
  /// - Returns: the clusters added so, and the rows written.
  /// - Complexity: O(new mentions), plus the store's count of the mentions of the places found.
  func absorbPlaces(
    _ writer: any GraphWriting, added: [DocumentExtraction], removedBuckets: Set<String>
  ) throws -> (absorbed: Set<ClusterRef>, changes: StoreChanges) {
    var clustersOf: [String: Set<ClusterRef>] = [:]
    var surfacesOf: [String: [String: Int]] = [:]
    var typedOtherwise = Set<String>()
    for extraction in added {
      for mention in extraction.mentions where Resolver.isSummedKey(mention.localKey) {
        let key = mention.localKey
        clustersOf[key, default: []].insert(ClusterRef(document: extraction.document.name, key: key))
        surfacesOf[key, default: [:]][mention.text, default: 0] += 1
        if mention.type != .place { typedOtherwise.insert(key) }
      }
    }
    let keys = clustersOf.keys.filter { !typedOtherwise.contains($0) && !removedBuckets.contains("k|" + $0) }
    let stored = try writer.summedEntities(ofKeys: keys.sorted())
    var keysOfEntity: [EntityID: Int] = [:]
    for summed in stored.values { keysOfEntity[summed.id, default: 0] += 1 }

    var absorbed: [(cluster: ClusterRef, entity: EntityID)] = []
    var entities: [Entity] = []
    var baseIDs: [EntityID: EntityID] = [:]
    for (key, summed) in stored.sorted(by: { $0.key < $1.key }) {
      guard summed.type == .place, summed.mentionTypes == [.place], summed.sharingBaseID == 1,
        summed.baseID == summed.id.rawValue, keysOfEntity[summed.id] == 1
      else { continue }
      var surfaces = summed.surfaces
      for (text, n) in surfacesOf[key] ?? [:] { surfaces[text, default: 0] += n }
      let (entity, baseID) = resolver.placeEntity(key: key, surfaces: surfaces)
      guard entity.id == summed.id, entity.name == summed.name else { continue }
      entities.append(entity)
      baseIDs[entity.id] = baseID
      for cluster in (clustersOf[key] ?? []).sorted() { absorbed.append((cluster, entity.id)) }
    }
    guard !entities.isEmpty else { return ([], StoreChanges()) }
    let changes = try writer.absorb(absorbed, entities: entities, baseIDs: baseIDs)
    return (Set(absorbed.map(\.cluster)), changes)
  }
}
