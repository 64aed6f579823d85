import Dispatch
import TiesGraph
import TiesModel
import TiesResolution
import TiesStore

/// Extracted articles with the buckets of their clusters (`Resolver.buckets(of:)`), ready to
/// store.
struct PreparedBatch: Sendable {
  var extractions: [DocumentExtraction]
  var buckets: [[(key: String, buckets: [String])]]
}

/// What a resolution wrote, and how many clusters it resolved.
struct Resolution {
  var changes: StoreChanges
  var clusters: Int
}

extension GraphPipeline {
  /// `extractions` with the buckets of their clusters, found on every core.
  func prepared(_ extractions: [DocumentExtraction]) throws -> PreparedBatch {
    let buckets = ResultSlots<[(key: String, buckets: [String])]>(count: extractions.count)
    Parallel.forEachIndex(extractions.count, threads: Self.threads) { i in
      buckets.set(i, .success(resolver.buckets(of: extractions[i])))
    }
    return PreparedBatch(extractions: extractions, buckets: try buckets.values())
  }

  /// Stores the extractions of `batch` and their buckets; without their mentions unless
  /// `mentions` (`resolveBuilt` stores those).
  func storeBatch(_ batch: PreparedBatch, _ writer: any GraphWriting, mentions: Bool = true) throws {
    try writer.insert(
      mentions
        ? batch.extractions
        : batch.extractions.map {
          DocumentExtraction(
            document: $0.document, sentences: $0.sentences, mentions: [], relations: $0.relations,
            misses: $0.misses)
        })
    for (extraction, own) in zip(batch.extractions, batch.buckets) {
      try writer.insertBuckets(own, document: extraction.document.name)
    }
  }

  /// Resolves every stored document again and writes what changed, after writing every
  /// document's buckets anew: what an ingest does once to a graph of an older schema.
  /// - Complexity: O(M log M) for M stored mentions, plus the rows that change.
  func resolveWhole(_ writer: any GraphWriting) throws -> Resolution {
    let input = try writer.resolutionInput()
    try writer.removeAllBuckets()
    for extraction in input {
      try writer.insertBuckets(resolver.buckets(of: extraction), document: extraction.document.name)
    }
    let result = resolver.resolve(input)
    let changes = try writer.apply(graph: result.graph, resolved: result.extractions, baseIDs: result.baseIDs)
    try writer.markBucketsComplete()
    return Resolution(changes: changes, clusters: result.clusterEntities.count)
  }

  /// Resolves `input`, the extractions of every stored document (in any order; their local
  /// relations in `relations`, in the same order), whose mentions are not stored yet
  /// (`storeBatch(mentions: false)`), and writes the graph with the mentions
  /// pointing at their entities: a build's resolution, with no pass that updates every
  /// mention. Resolution runs on another thread, first while the indexes of the tables the
  /// articles filled are built (`load`), then, once every cluster has its entity
  /// (`Resolver.resolve`'s `whenEntitiesAssigned`), while the entities and the mentions are
  /// stored and indexed; the relations are stored last. At 100,000 generated articles the
  /// entities and mentions (5 s) are stored while the relations merge (7 s): the build took
  /// 61 s instead of 66 s. `input` is let go part by part: the mentions once resolution has
  /// gathered them into clusters and the writer has stored them, the local relations' keys
  /// once resolution has found their clusters (`CompactRelations.resolveEnds`); what resolution made
  /// is freed on another thread (`releaseElsewhere`).
  /// - Complexity: O(M log M) for M mentions, plus the rows written.
  func resolveBuilt(
    _ writer: any GraphWriting, input: consuming [DocumentExtraction], relations: consuming CompactRelations,
    mentions: SharedHeldMentions, load: BulkLoad
  ) throws -> Resolution {
    let resolver = self.resolver
    let assigned = Handoff<Resolver.AssignedEntities>()
    var documents = input.map(\.document)
    // The resolution's own copy of the input, and the only one of the relations, taken out of
    // the box on its thread: it lets the relations' local keys go once it has read them.
    let forResolution = Handoff<([DocumentExtraction], CompactRelations)>()
    forResolution.put((consume input, consume relations))
    let staging = load.relationStaging
    let resolution = Pending {
      defer { assigned.close() }
      guard let (extractions, relations) = forResolution.take() else {
        preconditionFailure("the input was taken twice")
      }
      let result = resolver.resolve(
        consume extractions, relations: consume relations,
        mentionsOf: { mentions.mentions(of: $0.document.name) }, whenEntitiesAssigned: assigned.put)
      // Written ahead on this thread while the writer stores the mentions, where the store
      // has a place for it.
      try staging?.write(result.graph.relations, among: Set(result.graph.entities.map(\.id)))
      return result
    }
    // On failure, resolution finishes before the error is thrown.
    defer { _ = try? resolution.value() }
    // In the resolver's order (stable, by name), sorted while it runs: the mentions are
    // stored so.
    documents.sort { $0.name < $1.name }
    try load.finished(tables: BulkLoad.extractionTables)
    // `Resolver.resolve` calls `whenEntitiesAssigned` before it returns; the hand-off closes
    // when it returns, so a resolver that did not would stop here rather than wait forever.
    guard let early = assigned.take() else { preconditionFailure("the resolution assigned no entities") }
    // Entities first: the mentions point at them. Their indexes are built while the relations
    // are still being merged.
    var changes = try writer.apply(
      graph: KnowledgeGraph(entities: early.entities), resolved: [], baseIDs: early.baseIDs)
    // The resolution counted the mentions before it assigned the entities: they are the
    // writer's now, given back (and let go) a few documents at a time, each pointed at its
    // entity on another thread while the writer stores the chunk before.
    let chunk = 256
    try Parallel.pipeline(
      (documents.count + chunk - 1) / chunk, ahead: 4,
      make: { k in
        documents[k * chunk..<min(documents.count, (k + 1) * chunk)].map { document in
          var taken = mentions.take(of: document.name)
          early.clusterEntities.assignEntities(to: &taken, document: document.name)
          return DocumentExtraction(
            document: document, sentences: [], mentions: taken, relations: [], misses: [])
        }
      },
      consume: { _, made in changes.mentionsUpdated += try writer.insertMentions(of: made) })
    mentions.release()
    try load.finished(tables: BulkLoad.entityTables)
    let result = try resolution.take()
    if staging != nil {
      changes.add(try load.insertStagedRelations())
    } else {
      changes.add(try writer.insertRelations(result.graph.relations, among: Set(early.entities.map(\.id))))
    }
    try writer.markBucketsComplete()
    let clusters = result.clusterEntities.count
    // Freed while the last indexes are built and the graph is committed.
    releaseElsewhere((consume result, consume early))
    return Resolution(changes: changes, clusters: clusters)
  }

  /// Resolves again only what the newly stored clusters (`added`) and the clusters of removed
  /// documents (their `removedBuckets`, once stored with `removedEntities`) can reach, and
  /// writes what changed: the same graph as `resolveWhole`.
  ///
  /// New clusters that can only join their key's stored entity are first added to it
  /// (`absorbKnownClusters`): a much-named city, company or person would otherwise bring every
  /// article that names it. The clusters to resolve are the closure under buckets of the other
  /// new clusters and the removed buckets (`GraphWriter.closure`): every cluster a merge rule
  /// could pair with them, and so on. They are resolved with the clusters their relations reach outside the set
  /// held at their stored entities. The set grows, and is resolved again, while that could
  /// change something outside it: when two stored entities merge or one splits, the people
  /// tied to them and the events they organized join (their merges depend on those ties);
  /// when an entity's id, or the id it had, is one another stored entity shares before its
  /// suffix, that entity joins (suffixes are given among all of one name).
  /// - Complexity: O(c log c) for the c clusters reached, plus their relations and the rows
  ///   that change; independent of the size of the graph beyond what the new articles touch.
  func resolveIncrementally(
    _ writer: any GraphWriting, added: PreparedBatch, removedBuckets: Set<String>,
    removedEntities: Set<EntityID>
  ) throws -> Resolution {
    let (absorbed, absorbing) = try absorbKnownClusters(writer, added: added, removedBuckets: removedBuckets)
    var seeds = Set<ClusterRef>()
    for extraction in added.extractions {
      for mention in extraction.mentions {
        let cluster = ClusterRef(document: extraction.document.name, key: mention.localKey)
        if !absorbed.contains(cluster) { seeds.insert(cluster) }
      }
    }
    var clusters = try writer.closure(buckets: removedBuckets, clusters: seeds)
    while true {
      let (input, settled, stored) = try writer.resolutionInput(for: clusters)
      let replacing = Set(stored.values).union(removedEntities)
      let result = resolver.resolve(
        input,
        fixed: settled.map {
          Resolver.FixedCluster(
            document: $0.cluster.document, key: $0.cluster.key, entity: $0.entity, type: $0.type)
        }, settingMentionEntities: false)
      var more = try writer.dependents(of: regrouped(stored, result))
      let names = Set(result.baseIDs.values.map(\.rawValue)).union(try writer.baseIDs(of: replacing))
      var outside = try writer.entities(withBaseIDs: names).subtracting(replacing)
      // Never expected (entities lie within a closure); resolved together if it happens.
      outside.formUnion(settled.map(\.entity).filter(replacing.contains))
      more.formUnion(try writer.clusters(ofEntities: outside))
      more.subtract(clusters)
      if more.isEmpty {
        var changes = try writer.applyPartial(
          graph: result.graph,
          clusters: result.clusterEntities.all.map {
            (ClusterRef(document: $0.document, key: $0.localKey), $0.entity)
          }, baseIDs: result.baseIDs, replacing: replacing, previous: stored)
        changes.add(absorbing)
        return Resolution(changes: changes, clusters: clusters.count)
      }
      clusters.formUnion(try writer.closure(buckets: [], clusters: more, closed: clusters))
    }
  }

  /// The stored entities whose clusters `result` groups otherwise: split among several new
  /// entities, or merged with another stored entity.
  private func regrouped(_ stored: [ClusterRef: EntityID], _ result: Resolver.Result) -> Set<EntityID> {
    var newOfOld: [EntityID: Set<EntityID>] = [:]
    var oldOfNew: [EntityID: Set<EntityID>] = [:]
    for (cluster, old) in stored {
      guard let new = result.clusterEntities.entity(document: cluster.document, localKey: cluster.key) else {
        continue
      }
      newOfOld[old, default: []].insert(new)
      oldOfNew[new, default: []].insert(old)
    }
    var out = Set<EntityID>()
    for (old, news) in newOfOld where news.count > 1 { out.insert(old) }
    for (_, olds) in oldOfNew where olds.count > 1 { out.formUnion(olds) }
    return out
  }
}
