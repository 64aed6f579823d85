import TiesModel

/// What every graph store answers, whatever holds it: the SQLite file of a graph folder
/// (`GraphStore`) or a PostgreSQL database (`PostgresGraphStore` in `TiesStorePostgres`).
///
/// Every implementation returns the same values, in the same documented order, for the same
/// stored graph: multi-row answers are sorted with the model's own comparators, never left in
/// the order a database happened to return them. The shared test suite
/// (`Tests/TiesStoreTests/StoreContract*`) holds them to it.
public protocol GraphReading: Sendable {
  /// Where the graph is, for messages: a folder, or a PostgreSQL URL without its password.
  var location: String { get }

  /// Every stored document, by name.
  func documents() throws -> [Document]
  /// The stored document called `name`, if any.
  func document(named name: String) throws -> Document?
  /// Every stored document with its extraction (sentences, mentions with their entities, local
  /// relations, misses), by document name.
  func extractions() throws -> [DocumentExtraction]
  /// The whole resolved graph: documents, entities (with aliases) and relations (with evidence).
  func graph() throws -> KnowledgeGraph
  /// The entities of `type` (all when nil) whose name or an alias contains `matching`.
  func entities(type: EntityType?, matching: String?) throws -> [Entity]
  /// The entity with `id`, if any.
  func entity(id: EntityID) throws -> Entity?
  /// The entities whose name or an alias has the same name key as `name`.
  func findEntities(named name: String) throws -> [Entity]
  /// The relations with `id` at either end.
  func relations(of id: EntityID) throws -> [Relation]
  /// The mentions resolved to `id`, in evidence order.
  func mentions(of id: EntityID) throws -> [Mention]
  /// Sentence `index` of `document`, if stored.
  func sentence(document: String, index: Int) throws -> Sentence?
  /// The sentences of `keys`, in their order; nil where none is stored.
  func sentences(_ keys: [(document: String, index: Int)]) throws -> [Sentence?]
  /// The misses of `document` (all when nil).
  /// - Throws: `StoreError.unknownDocument` when `document` is not stored.
  func misses(document: String?) throws -> [Miss]
  /// Counts of documents, entities by type, relations by predicate, mentions and misses.
  func stats() throws -> StoreStats
  /// The content hash of every stored document, by name.
  func documentHashes() throws -> [String: String]
  /// The content hash of each of the documents `names` the store holds, by name.
  func documentHashes(named names: [String]) throws -> [String: String]
}

extension GraphReading {
  /// Every entity.
  public func entities() throws -> [Entity] { try entities(type: nil, matching: nil) }
  /// The entities of one type.
  public func entities(type: EntityType) throws -> [Entity] { try entities(type: type, matching: nil) }
  /// The entities whose name or an alias contains `text`.
  public func entities(matching text: String) throws -> [Entity] { try entities(type: nil, matching: text) }
  /// Every miss.
  public func misses() throws -> [Miss] { try misses(document: nil) }
}

/// A graph store that can also be written: every write is one transaction, and writers of one
/// graph take turns.
public protocol GraphStoring: GraphReading {
  /// Runs `body` in one write transaction that begins once every other writer of the graph has
  /// finished, waiting up to `seconds` for them; rolled back if `body` throws.
  /// - Throws: `StoreError.busy` when another writer kept the graph longer than `seconds`;
  ///   whatever `body` throws; `StoreError` for any storage failure.
  func write<T>(waitingUpTo seconds: Double, _ body: (any GraphWriting) throws -> T) throws -> T
  /// Replaces the whole graph with what `body` writes into an empty one, once `body` returns;
  /// other writers wait as for `write`, readers see the previous graph until then, and if
  /// `body` throws the graph is as it was. The default empties the graph and runs `body` in
  /// one `write`; SQLite writes a new database file instead (`GraphStore.rebuild`).
  /// - Throws: as `write`.
  func rebuild<T>(waitingUpTo seconds: Double, _ body: (any GraphWriting) throws -> T) throws -> T
}

extension GraphStoring {
  public func rebuild<T>(waitingUpTo seconds: Double, _ body: (any GraphWriting) throws -> T) throws -> T {
    try write(waitingUpTo: seconds) { writer in
      try writer.removeAll()
      return try body(writer)
    }
  }
}

/// What one write transaction can change, on any backend (`GraphWriter` on SQLite,
/// `PostgresGraphWriter` on PostgreSQL). Valid only inside `GraphStoring.write`.
public protocol GraphWriting {
  /// The content hash of each of the documents `names` the store holds, by name.
  func storedHashes(named names: [String]) throws -> [String: String]
  /// Whether the store holds any document (with an extraction or not).
  func hasDocuments() throws -> Bool
  /// Deletes every document, entity and relation.
  func removeAll() throws
  /// Deletes the documents called `names` with all their rows.
  func remove(documents names: [String]) throws
  /// Stores new documents with their extractions, mentions not yet resolved, in this order.
  /// - Throws: `StoreError.duplicateDocument`, `.inconsistentExtraction`.
  func insert(_ extractions: [DocumentExtraction]) throws
  /// Stores the mentions of `extractions`, whose documents are stored without them, each
  /// pointing at its `entity` (a stored one; nil for none); returns how many point at one.
  /// - Throws: `StoreError.inconsistentExtraction`.
  func insertMentions(of extractions: [DocumentExtraction]) throws -> Int
  /// Stores documents known only from a graph (an import); equal ones stored already are kept.
  /// - Throws: `StoreError.duplicateDocument` when a stored one of that name differs.
  func insertWithoutExtraction(_ documents: [Document]) throws
  /// Stores the buckets of `document`'s clusters (`Resolver.buckets(of:)`).
  func insertBuckets(_ buckets: [(key: String, buckets: [String])], document: String) throws
  /// A fact recorded about the graph as a whole, nil when none is recorded under `name`.
  func recordedState(_ name: String) throws -> String?
  /// Records `value` as the fact `name` about the graph, replacing the one before.
  func recordState(_ name: String, _ value: String) throws
  /// Whether every stored document's buckets are stored.
  func bucketsComplete() throws -> Bool
  /// Records that every stored document's buckets are stored.
  func markBucketsComplete() throws
  /// Gathers the statistics the query planner uses, after a write that made most of the graph
  /// (a build, or an ingest into an empty graph), so that the next ingest's queries are
  /// planned for the graph as it is.
  func updateStatistics() throws
  /// Deletes every stored bucket.
  func removeAllBuckets() throws
  /// The buckets of the clusters of the documents `names`.
  func buckets(ofDocuments names: [String]) throws -> Set<String>
  /// The entities the mentions of the documents `names` resolve to.
  func entities(ofDocuments names: [String]) throws -> Set<EntityID>
  /// The least set of clusters closed under buckets that holds `clusters` and the members of
  /// `buckets`, less `closed`.
  func closure(buckets: Set<String>, clusters: Set<ClusterRef>, closed: Set<ClusterRef>) throws
    -> Set<ClusterRef>
  /// What resolution reads of `clusters` (see `GraphWriter.resolutionInput(for:)`).
  func resolutionInput(for clusters: Set<ClusterRef>) throws
    -> (extractions: [DocumentExtraction], settled: [SettledCluster], stored: [ClusterRef: EntityID])
  /// What resolution reads of every stored document, by document name.
  func resolutionInput() throws -> [DocumentExtraction]
  /// The clusters whose merging depends on how `entities` are merged.
  func dependents(of entities: Set<EntityID>) throws -> Set<ClusterRef>
  /// The stored entities whose base id is one of `baseIDs`.
  func entities(withBaseIDs baseIDs: Set<String>) throws -> Set<EntityID>
  /// The stored base ids of `entities`.
  func baseIDs(of entities: Set<EntityID>) throws -> Set<String>
  /// The clusters stored with one of `entities`.
  func clusters(ofEntities entities: Set<EntityID>) throws -> Set<ClusterRef>
  /// The stored entity of each of `keys` (the entity of the key's resolved clusters), with
  /// the surface forms and types of all its mentions; keys no resolved cluster has are left
  /// out. Where `writtenAs[key]` is the entity's name and a stored mention of it writes that
  /// name already, its mentions are not counted: its aliases and mention count are read
  /// instead (`SummedEntity.counted`).
  func summedEntities(ofKeys keys: [String], writtenAs: [String: String]) throws -> [String: SummedEntity]
  /// For each of `buckets`, the distinct keys and entities of the resolved clusters that hold
  /// it (clusters whose mentions have no entity yet, a new article's, are left out).
  func resolvedHolders(of buckets: Set<String>) throws -> [String: Set<BucketHolder>]
  /// For each of `pairs`, the entity of a resolved cluster of its key that holds its bucket;
  /// pairs whose key has no such cluster are left out.
  func resolvedEntities(holding pairs: Set<KeyBucket>) throws -> [KeyBucket: EntityID]
  /// The local relations from a cluster of one entity of a pair to a cluster of the other, in
  /// either direction, with their ends' entities and their documents' datelines: those of
  /// the documents in the evidence of the stored relations between them and of the pair's
  /// `newDocuments`.
  func localRelations(between pairs: [EntityPair]) throws -> [EntityLocalRelation]
  /// The stored relations between the entities of each pair, in either direction, with
  /// their evidence.
  func relations(between pairs: [EntityPair]) throws -> [Relation]
  /// Makes the stored relations between the entities of each pair, in either direction,
  /// `relations`, writing only those that differ.
  @discardableResult
  func replaceRelations(between pairs: [EntityPair], with relations: [Relation]) throws
    -> StoreChanges
  /// Points the mentions of `clusters` at the entities given and writes `entities` (stored
  /// ones, updated in place) where their digest changed: an ingest adding clusters to them.
  @discardableResult
  func absorb(
    _ clusters: [(cluster: ClusterRef, entity: EntityID)], entities: [Entity], baseIDs: [EntityID: EntityID]
  ) throws -> StoreChanges
  /// Makes the stored entities, relations and mention entities those of a whole resolution.
  @discardableResult
  func apply(graph: KnowledgeGraph, resolved: [DocumentExtraction], baseIDs: [EntityID: EntityID]) throws
    -> StoreChanges
  /// Stores `relations` in a graph that holds none yet, whose entities `apply` stored (their
  /// ids are `entities`): what a build writes last, once the relations are merged, after its
  /// entities and mentions were stored meanwhile.
  /// - Throws: `StoreError.unknownEntity` for an end outside `entities`.
  @discardableResult
  func insertRelations(_ relations: [Relation], among entities: Set<EntityID>) throws -> StoreChanges
  /// Makes the stored graph agree with the resolution of part of it.
  @discardableResult
  func applyPartial(
    graph: KnowledgeGraph, clusters: [(cluster: ClusterRef, entity: EntityID?)],
    baseIDs: [EntityID: EntityID],
    replacing old: Set<EntityID>, previous: [ClusterRef: EntityID]
  ) throws -> StoreChanges
  /// Runs `body`, which fills a graph emptied by `removeAll()`, with the secondary indexes set
  /// aside and built again once it returns: sorting all rows into an index once costs less
  /// than keeping it up to date row by row. Lookups by an unindexed column scan their table
  /// meanwhile, so `body` only adds rows (and reads back what it added in row order). `body`
  /// may have the indexes of the tables it has finished built early (`BulkLoad.finished`).
  func bulkLoading<T>(_ body: (BulkLoad) throws -> T) throws -> T
}

extension GraphWriting {
  /// Runs `body` as it is: a backend without a cheaper way to fill an empty graph.
  public func bulkLoading<T>(_ body: (BulkLoad) throws -> T) throws -> T { try body(.none()) }
}

/// What a write changed.
public struct StoreChanges: Sendable, Equatable {
  public var entitiesWritten = 0
  public var entitiesDeleted = 0
  public var relationsWritten = 0
  public var relationsDeleted = 0
  public var mentionsUpdated = 0

  public init() {}

  /// Adds what `other` changed.
  public mutating func add(_ other: StoreChanges) {
    entitiesWritten += other.entitiesWritten
    entitiesDeleted += other.entitiesDeleted
    relationsWritten += other.relationsWritten
    relationsDeleted += other.relationsDeleted
    mentionsUpdated += other.mentionsUpdated
  }
}

extension GraphStoring {
  /// Replaces the whole content of the store with `extractions` and `graph`, in one write
  /// transaction; see `GraphStore.replaceAll` for what is stored and refused.
  /// - Complexity: O(rows written), plus O(V log V + E log E) to order them.
  public func replaceAll(
    extractions: [DocumentExtraction], graph: KnowledgeGraph, waitingUpTo seconds: Double = 10
  ) throws {
    try write(waitingUpTo: seconds) { writer in
      try writer.removeAll()
      var seen = Set<String>()
      for extraction in extractions where !seen.insert(extraction.document.name).inserted {
        throw StoreError.duplicateDocument(name: extraction.document.name)
      }
      try writer.insert(extractions)
      try writer.insertWithoutExtraction(graph.documents.sorted { $0.name < $1.name })
      try writer.apply(
        graph: graph, resolved: extractions.sorted { $0.document.name < $1.document.name }, baseIDs: [:])
    }
  }
}

extension GraphWriting {
  /// The least set of clusters closed under buckets that holds `clusters` and the members of
  /// `buckets`.
  public func closure(buckets: Set<String>, clusters: Set<ClusterRef>) throws -> Set<ClusterRef> {
    try closure(buckets: buckets, clusters: clusters, closed: [])
  }

  /// Makes the stored graph that of a whole resolution, with no suffixed ids.
  @discardableResult
  public func apply(graph: KnowledgeGraph, resolved: [DocumentExtraction]) throws -> StoreChanges {
    try apply(graph: graph, resolved: resolved, baseIDs: [:])
  }
}
