import TiesModel

/// Merges what the articles name as one thing into entities, and their relations into one
/// graph.
///
/// Merges: the same name across articles (case, hyphens, legal suffixes folded), acronyms
/// with their expansions, East Asian names in either order (when a family-name list or a
/// shared affiliation corroborates it), romanization variants of Korean family names (with a
/// shared affiliation or event), a short form of an organization ("Japan Chamber", "Trade
/// Ministry", "Asahi Group") with the one full name it abbreviates, events of the same series,
/// ordinal and year. Keeps apart events of other ordinals or series, and people or
/// organizations that merely share a word.
///
/// Every rule finds the clusters it may merge through an index (by key, acronym, initials,
/// name prefix, event word, romanized name, affiliation), never by comparing all pairs, and
/// names are split into words once (`ClusterNames`).
public struct Resolver: Sendable {
  public let knowledge: ResolutionKnowledge

  public init(knowledge: ResolutionKnowledge) { self.knowledge = knowledge }

  /// The resolved graph, the entity of every cluster and (unless left out) the extractions
  /// with every mention's `entity` set.
  public struct Result: Sendable {
    public var graph: KnowledgeGraph
    /// The input extractions, sorted by document name, with each mention's `entity` set; empty
    /// when `resolve` was told not to set them (`clusterEntities` says the same per cluster).
    public var extractions: [DocumentExtraction]
    /// The entity of each cluster (a document's local key).
    public var clusterEntities: ClusterEntities
    /// For each entity, its id before a suffix told it from another entity of the same name
    /// ("p-kim-yoon" for "p-kim-yoon-2").
    public var baseIDs: [EntityID: EntityID] = [:]
  }

  /// The entities of a resolution and the entity of every cluster, as they stand before the
  /// relations are merged (`resolve`'s `whenEntitiesAssigned`).
  public struct AssignedEntities: Sendable {
    /// In no particular order; `Result.graph` holds them in canonical order.
    public var entities: [Entity]
    public var clusterEntities: ClusterEntities
    public var baseIDs: [EntityID: EntityID]
  }

  /// A cluster outside the extractions being resolved, whose entity is settled: the other end
  /// of a relation of theirs, in the same document.
  public struct FixedCluster: Hashable, Sendable {
    public var document: String
    public var key: String
    public var entity: EntityID
    public var type: EntityType

    public init(document: String, key: String, entity: EntityID, type: EntityType) {
      self.document = document
      self.key = key
      self.entity = entity
      self.type = type
    }
  }

  /// Resolves the mentions of all `extractions` into entities and assembles the graph.
  ///
  /// With `fixed`, `extractions` may hold part of a corpus: the mentions of a set of
  /// clusters closed under `buckets(of:)`, and the relations that touch them. A relation
  /// whose other end is a cluster of `fixed` ties to that cluster's settled entity, as it
  /// would to its root; the graph then holds the entities of `extractions` and the
  /// relations with at least one end among them, as a resolution of the whole corpus gives
  /// them (when the fixed entities do not change with it).
  ///
  /// With `settingMentionEntities` false, `Result.extractions` is left empty: a caller that
  /// only needs each cluster's entity (`Result.clusterEntities`) is spared a copy of every
  /// mention.
  ///
  /// `whenEntitiesAssigned`, when given, is called once, on the resolving thread, as soon as
  /// every cluster has its entity and before the relations are merged (about a third of the
  /// time of a large resolution): a build stores the entities and the mentions that point at
  /// them meanwhile.
  /// - Complexity: O(m log m + L) for m mentions and relations and L characters of distinct
  ///   names, plus what each rule states beyond that (near-linear for news: the size of the
  ///   buckets in which rules look for a partner, not the number of pairs of clusters).
  public func resolve(
    _ extractions0: consuming [DocumentExtraction], fixed: [FixedCluster] = [],
    settingMentionEntities: Bool = true, whenEntitiesAssigned: ((AssignedEntities) -> Void)? = nil
  ) -> Result {
    resolve(
      consume extractions0, mentionsOf: { $0.mentions }, fixed: fixed,
      settingMentionEntities: settingMentionEntities,
      whenEntitiesAssigned: whenEntitiesAssigned)
  }

  /// `resolve(_:fixed:settingMentionEntities:whenEntitiesAssigned:)` with the mentions and
  /// the local relations of each extraction given apart rather than read from it: a build
  /// holds them in compact forms, and gives `extractions` without them. `mentionsOf` is
  /// called from several threads at once; `relations` holds those of `extractions`, in their
  /// order (`CompactRelations.append`). The mentions' entities are not set
  /// (`settingMentionEntities` false).
  package func resolve(
    _ extractions0: consuming [DocumentExtraction], relations: consuming CompactRelations,
    mentionsOf: (DocumentExtraction) -> [Mention], whenEntitiesAssigned: ((AssignedEntities) -> Void)? = nil
  ) -> Result {
    resolve(
      consume extractions0, relations: consume relations, mentionsOf: mentionsOf, fixed: [],
      settingMentionEntities: false, whenEntitiesAssigned: whenEntitiesAssigned)
  }

  private func resolve(
    _ extractions0: consuming [DocumentExtraction], relations relations0: consuming CompactRelations? = nil,
    mentionsOf: (DocumentExtraction) -> [Mention], fixed: [FixedCluster], settingMentionEntities: Bool,
    whenEntitiesAssigned: ((AssignedEntities) -> Void)?
  ) -> Result {
    var given = consume extractions0
    // The resolved extractions keep their relations; otherwise only `relations` holds them.
    var relations = (consume relations0) ?? CompactRelations(&given, releasing: !settingMentionEntities)
    precondition(
      relations.documents.elementsEqual(given.lazy.map(\.document.name)),
      "the relations given apart are not those of the extractions")
    // By document name; the sort is stable, as the extractions' was.
    let order = given.indices.sorted { given[$0].document.name < given[$1].document.name }
    var extractions = order.map { given[$0] }
    given = []
    // The relations' ends are found as soon as the clusters are numbered, and their keys let
    // go before the clusters are filled.
    var clusters = Clusters(extractions, mentionsOf: mentionsOf, fixed: fixed) {
      relations.resolveEnds($0, order: order)
    }
    if !settingMentionEntities {
      // The clusters hold what resolution reads of the mentions: they are let go here, and
      // freed as soon as the caller lets go of its own copy (a build, once it stored them).
      for n in extractions.indices { extractions[n].mentions = [] }
    }
    var uf = merge(clusters, relations)
    clusters.assignRoots(&uf)
    return Assembly(knowledge: knowledge).build(
      clusters: consume clusters, extractions: consume extractions, relations: consume relations,
      settingMentionEntities: settingMentionEntities, whenEntitiesAssigned: whenEntitiesAssigned)
  }

  /// Applies every merge rule, in order, and returns the merged sets.
  func merge(_ clusters: Clusters, _ relations: CompactRelations) -> UnionFind {
    var uf = UnionFind(count: clusters.all.count)
    let names = ClusterNames(clusters)
    mergeSameKeys(clusters, &uf)
    mergeAcronyms(clusters, names, &uf)
    mergeShortForms(clusters, names, &uf)
    let organizers = tiedRoots(clusters, relations, &uf, predicates: [.organized], keyedByObject: true)
    mergeEvents(clusters, organizers: organizers, &uf)
    let affiliations = tiedRoots(clusters, relations, &uf, predicates: [.affiliatedWith, .attended])
    mergePeople(clusters, names, affiliations: affiliations, &uf)
    return uf
  }

  /// For each cluster at one end of the relations with these predicates (the object end when
  /// `keyedByObject`), the roots of the clusters at the other end: the organizers of each
  /// event, or the organizations and events each person is tied to.
  /// - Complexity: O(r) expected for r relations.
  func tiedRoots(
    _ c: Clusters, _ relations: CompactRelations, _ uf: inout UnionFind, predicates: Set<Predicate>,
    keyedByObject: Bool = false
  ) -> [Int: Set<Int>] {
    let wanted = relations.predicates.map(predicates.contains)
    var out: [Int: Set<Int>] = [:]
    // A fixed cluster's node is its entity's, past the clusters: its own root.
    func root(_ n: Int) -> Int { n < c.all.count ? uf.find(n) : n }
    // By index: iterating the items would copy each one (and retain its role).
    let items = relations.items
    for i in items.indices where items[i].isResolved && wanted[Int(items[i].predicate)] {
      let s = Int(items[i].subject)
      let o = Int(items[i].object)
      if keyedByObject {
        if o < c.all.count { out[o, default: []].insert(root(s)) }
      } else {
        if s < c.all.count { out[s, default: []].insert(root(o)) }
      }
    }
    return out
  }
}
