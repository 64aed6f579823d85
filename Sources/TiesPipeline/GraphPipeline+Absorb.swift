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
  /// (`Resolver.buckets(of:)`) is held by a stored cluster of K: then it plays no role K did
  /// not play already (defining or writing an acronym, having initials, a short form or a
  /// full name that admits one, a person's name words). The rules for acronyms and short
  /// forms see one cluster of each key and its names (`ClusterBuckets.pairsKeysByName`), so
  /// for them another cluster of K changes no pairing, whatever other organizations share
  /// its initials or short forms: it joins E and nothing more. The rule for people reads
  /// each cluster's ties too, so a person's name words must also be held by no stored
  /// cluster of another entity. (A new cluster in the same bucket is resolved anyway, and its
  /// closure reaches this one through the stored bucket rows.) A place holds no other
  /// bucket, so its new clusters always qualify. E's row is then recomputed from the surface
  /// forms of all its mentions, which the store counts (`GraphWriting.summedEntities`), with
  /// the new ones of every key that joins it (a person named in both orders), by the code a
  /// resolution's assembly uses (`Resolver.summedEntity`); the new clusters are written with
  /// E, so that the rest of the ingest finds them settled there. A new relation between two
  /// entities added to so (a known person's role at a known company) is merged again from
  /// every local relation between their clusters (`Resolver.relations(among:types:)`); one
  /// with an end resolved again is the resolution's.
  ///
  /// A key stays with the whole resolution of its clusters when its mentions are of several
  /// types (the type then follows summed confidences), when the new mentions would change
  /// E's name or id, or would make it differently as seen from each of its keys (the
  /// lexicon's known names), when another entity shares E's id before the suffix (suffixes
  /// follow the order of all of one name), and when a document being replaced held one of
  /// its buckets (`removedBuckets`).
  /// - Returns: the clusters added so, and the rows written.
  /// - Complexity: O(new mentions), plus the store's count of the mentions of the entities
  ///   found and of the members of the new clusters' buckets, plus the local relations
  ///   between the pairs of them that a new relation joins.
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
    // Whether each key's new clusters can only join its entity, read before any entity's
    // mentions are counted: a key that fails is not counted. A bucket a rule pairs by name
    // needs only to be held by a stored cluster of the key; a person's, every holder of what
    // it reaches.
    var owned = Set<KeyBucket>()
    var others = Set<String>()
    for key in keys {
      for bucket in bucketsOf[key, default: []] where bucket != "k|" + key {
        if ClusterBuckets.pairsKeysByName(bucket) {
          owned.insert(KeyBucket(key: key, bucket: bucket))
        } else {
          others.insert(bucket)
          others.formUnion(ClusterBuckets.reached(from: bucket))
        }
      }
    }
    let ownedBy = try writer.resolvedEntities(holding: owned)
    let holders = try writer.resolvedHolders(of: others)
    var entityInBuckets: [String: EntityID] = [:]
    let alone = keys.filter { key in
      for bucket in bucketsOf[key, default: []] where bucket != "k|" + key {
        let byName = ClusterBuckets.pairsKeysByName(bucket)
        guard
          let mine = byName
            ? ownedBy[KeyBucket(key: key, bucket: bucket)]
            : (holders[bucket] ?? []).first(where: { $0.key == key })?.entity,
          entityInBuckets[key, default: mine] == mine,
          byName
            || ClusterBuckets.reached(from: bucket).allSatisfy({
              (holders[$0] ?? []).allSatisfy { $0.entity == mine }
            })
        else { return false }
        entityInBuckets[key] = mine
      }
      return true
    }

    // Keys whose new mentions all write one name, which no known name of theirs overrides:
    // if it is the entity's stored name, neither the name nor the aliases can change.
    var writtenAs: [String: String] = [:]
    for key in alone {
      guard let surfaces = surfacesOf[key], surfaces.count == 1, let text = surfaces.keys.first,
        resolver.knownName(ofKey: key) ?? text == text
      else { continue }
      writtenAs[key] = text
    }
    let stored = try writer.summedEntities(ofKeys: alone.sorted(), writtenAs: writtenAs)
    var keysOf: [EntityID: [String]] = [:]
    for (key, summed) in stored.sorted(by: { $0.key < $1.key }) { keysOf[summed.id, default: []].append(key) }
    // The keys of one entity join it together: its row sums the new surfaces of them all.
    var candidates: [(keys: [String], entity: Entity, baseID: EntityID)] = []
    for (id, keysOfEntity) in keysOf.sorted(by: { $0.key < $1.key }) {
      guard let first = stored[keysOfEntity[0]], first.sharingBaseID == 1, first.baseID == id.rawValue,
        keysOfEntity.allSatisfy({ typesOf[$0] == [first.type] && entityInBuckets[$0, default: id] == id })
      else { continue }
      let newMentions = keysOfEntity.reduce(0) { $0 + (surfacesOf[$1]?.values.reduce(0, +) ?? 0) }
      guard let summed = keysOfEntity.lazy.compactMap({ stored[$0] }).first(where: \.counted) else {
        // Every new mention writes the stored name: only the mention count grows (the type
        // they give is the entity's, whose votes only grow).
        let entity = Entity(
          id: id, name: first.name, type: first.type, aliases: first.aliases,
          mentionCount: first.mentionCount + newMentions)
        candidates.append((keysOfEntity, entity, id))
        continue
      }
      guard summed.mentionTypes == [summed.type] else { continue }
      var surfaces = summed.surfaces
      for key in keysOfEntity {
        for (text, n) in surfacesOf[key] ?? [:] { surfaces[text, default: 0] += n }
      }
      // The lexicon's known name follows the first cluster of the entity that has one: every
      // key must give the same entity.
      let made = keysOfEntity.map { resolver.summedEntity(key: $0, type: summed.type, surfaces: surfaces) }
      guard let (entity, baseID) = made.first, entity.id == id, entity.name == summed.name,
        made.allSatisfy({ $0.entity == entity })
      else { continue }
      candidates.append((keysOfEntity, entity, baseID))
    }

    // Two entities added to in place: the relations between them are merged again from the
    // local relations between their clusters, stored and new (no resolution reads them).
    var entityOfKey: [String: EntityID] = [:]
    for candidate in candidates {
      for key in candidate.keys { entityOfKey[key] = candidate.entity.id }
    }
    var newDocumentsOf: [[EntityID]: Set<String>] = [:]
    for extraction in batch.extractions {
      for relation in extraction.relations {
        guard let s = entityOfKey[relation.subject], let o = entityOfKey[relation.object], s != o
        else { continue }
        newDocumentsOf[[s, o].sorted(), default: []].insert(extraction.document.name)
      }
    }

    var absorbed: [(cluster: ClusterRef, entity: EntityID)] = []
    var entities: [Entity] = []
    var baseIDs: [EntityID: EntityID] = [:]
    for (keys, entity, baseID) in candidates {
      entities.append(entity)
      baseIDs[entity.id] = baseID
      for key in keys {
        for cluster in (clustersOf[key] ?? []).sorted() { absorbed.append((cluster, entity.id)) }
      }
    }
    guard !entities.isEmpty else { return ([], StoreChanges()) }
    var changes = try writer.absorb(absorbed, entities: entities, baseIDs: baseIDs)
    let between = newDocumentsOf.sorted { ($0.key[0], $0.key[1]) < ($1.key[0], $1.key[1]) }.map {
      EntityPair($0.key[0], $0.key[1], newDocuments: $0.value)
    }
    if !between.isEmpty {
      let types = Dictionary(uniqueKeysWithValues: entities.map { ($0.id, $0.type) })
      changes.add(
        try writer.replaceRelations(
          between: between,
          with: try mergedRelations(
            writer, between: between, entityOfKey: entityOfKey, types: types, added: batch,
            removedBuckets: removedBuckets)))
    }
    return (Set(absorbed.map(\.cluster)), changes)
  }

  /// The relations between the entities of each pair once the new articles' local relations
  /// between them are added: merged into the stored relations (`Resolver.relations(adding:
  /// to:types:)`), which costs what the new articles add, not the evidence the pair has
  /// gathered; or, for the pairs where that cannot give the result of a resolution (a role
  /// that may change with counts the graph does not keep, or a replaced article whose evidence
  /// the stored relations still hold), merged again from every local relation between them.
  /// - Complexity: O(new local relations + stored relations of the pairs and their evidence),
  ///   plus, for the pairs merged again, the local relations of their documents.
  private func mergedRelations(
    _ writer: any GraphWriting, between: [EntityPair], entityOfKey: [String: EntityID],
    types: [EntityID: EntityType], added batch: PreparedBatch, removedBuckets: Set<String>
  ) throws -> [Relation] {
    guard removedBuckets.isEmpty else {
      return Resolver.relations(among: try writer.localRelations(between: between), types: types)
    }
    var local: [EntityLocalRelation] = []
    for extraction in batch.extractions {
      for relation in extraction.relations {
        guard let s = entityOfKey[relation.subject], let o = entityOfKey[relation.object], s != o else {
          continue
        }
        local.append(
          EntityLocalRelation(
            relation: relation, subject: s, object: o, dateline: extraction.document.dateline))
      }
    }
    let (merged, recount) = Resolver.relations(
      adding: local, to: try writer.relations(between: between), types: types)
    let again = between.filter { recount.contains([$0.first, $0.second].sorted()) }
    guard !again.isEmpty else { return merged }
    return merged + Resolver.relations(among: try writer.localRelations(between: again), types: types)
  }
}
