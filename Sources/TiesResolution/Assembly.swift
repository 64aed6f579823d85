import TiesGraph
import TiesModel

/// Builds entities and relations from merged clusters.
struct Assembly {
  let knowledge: ResolutionKnowledge

  /// Roles that name the same position ("chair", "chairman", "head", "chief").
  static let roleClasses: [String: String] = [
    "chair": "chair", "chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "head": "chair",
    "chief": "chair", "leader": "chair", "vice chair": "vice chair", "vice chairman": "vice chair",
    "vice chairwoman": "vice chair", "vice chairperson": "vice chair", "vice-chairman": "vice chair",
  ]

  /// What tells a relation's role apart from others between the same ends: its class, the
  /// role itself when it has none, "" without a role. A build's assembly and an ingest's
  /// in-place merge (`Resolver.relations(among:types:)`) group by it alike.
  /// - Complexity: O(1).
  static func roleClass(of role: String?) -> String { role.map { roleClasses[$0] ?? $0 } ?? "" }

  /// The graph of the merged `clusters`; `whenEntitiesAssigned` as `Resolver.resolve` says.
  /// The clusters' names and votes are freed once every cluster has its entity
  /// (`Clusters.releaseMembers`), before the relations are merged, and the extractions once
  /// their local relations are merged.
  /// - Complexity: O(clusters), plus sorting the local relations by the relation they make
  ///   (`relationGroups`), the relations by their keys' ranks (`relations(of:…)`), each
  ///   relation's evidence and the entities.
  func build(
    clusters: consuming Clusters, extractions: consuming [DocumentExtraction],
    relations localRelations: consuming CompactRelations, settingMentionEntities: Bool = true,
    whenEntitiesAssigned: ((Resolver.AssignedEntities) -> Void)? = nil
  ) -> Resolver.Result {
    var c = consume clusters
    // Each document's dateline, by its position in `c.index`: that of its first extraction,
    // written last.
    var datelines = [String?](repeating: nil, count: c.index.documents.count)
    for n in extractions.indices.reversed() {
      datelines[c.documentOfExtraction[n]] = extractions[n].document.dateline
    }
    let (entities, numberOfRoot, baseIDs) = assignEntities(c)
    let endpoints = Endpoints(c, entities: entities, numberOfRoot: numberOfRoot)
    // From here on a cluster is its entity number: its names and votes are done with.
    c.releaseMembers()
    let clusterEntities = ClusterEntities(
      index: c.index, numbers: endpoints.numberOfCluster, ids: endpoints.ids)
    whenEntitiesAssigned?(
      Resolver.AssignedEntities(entities: entities, clusterEntities: clusterEntities, baseIDs: baseIDs))

    // Mentions point at their entity, while the relations are grouped on another thread.
    var resolved: [DocumentExtraction] = []
    var relationGroups = RelationGroups()
    Parallel.forEachChunk(2) { chunk in
      if chunk == 0 {
        guard settingMentionEntities else { return }
        resolved = extractions
        for d in resolved.indices {
          clusterEntities.assignEntities(to: &resolved[d].mentions, documentAt: c.documentOfExtraction[d])
        }
      } else {
        relationGroups = self.relationGroups(localRelations, endpoints: endpoints)
      }
    }

    // The relations are written once, in canonical order, into the array the graph keeps.
    let relations = Self.relations(
      of: relationGroups, localRelations, datelines: c.documentOfExtraction.map { datelines[$0] },
      endpoints: endpoints)
    relationGroups = RelationGroups()
    let documents = extractions.map(\.document)
    // The local relations are merged: let go before the graph is put in order.
    extractions = []
    localRelations = CompactRelations()
    var graph = KnowledgeGraph(documents: documents, entities: entities, relations: consume relations)
    graph.canonicalizeNodes()
    return Resolver.Result(
      graph: graph, extractions: resolved,
      clusterEntities: clusterEntities,
      baseIDs: baseIDs)
  }

  /// One entity per group of merged clusters, in the order of their roots, with each root's
  /// position among them (by cluster number; a cluster that is no root has 0) and each
  /// entity's id before its suffix.
  ///
  /// The members of each root are gathered by a counting sort on the roots (no table per
  /// group), and each entity's name, type, aliases and identity are summed on
  /// `Parallel.defaultThreads` threads (at 100,000 generated articles, 1.5 million clusters
  /// into 100,000 entities while the writing thread waits for them); the ids are then given
  /// in root order, a suffix telling apart entities of one name.
  /// - Complexity: O(clusters + their distinct surface forms), plus O(s log s) per entity of
  ///   s surface forms.
  func assignEntities(_ c: Clusters) -> (
    entities: [Entity], numberOfRoot: [Int32], baseIDs: [EntityID: EntityID]
  ) {
    let count = c.all.count
    var firstMember = [Int32](repeating: 0, count: count + 1)
    // By index: iterating the clusters would copy each one.
    for i in c.all.indices { firstMember[Int(c.all[i].root) + 1] += 1 }
    for r in 0..<count { firstMember[r + 1] += firstMember[r] }
    var members = [Int32](repeating: 0, count: count)
    var next = firstMember
    for i in c.all.indices {
      let root = Int(c.all[i].root)
      members[Int(next[root])] = Int32(i)
      next[root] += 1
    }
    next = []
    let roots = (0..<count).filter { firstMember[$0 + 1] > firstMember[$0] }

    typealias Parts = (
      name: String, type: EntityType, aliases: [String], date: String?, identity: String, mentionCount: Int
    )
    var parts = [Parts](repeating: ("", .company, [], nil, "", 0), count: roots.count)
    // Spreading a handful of entities over threads would cost more than it saves.
    let threads = roots.count >= 1024 ? Parallel.defaultThreads : 1
    parts.withUnsafeMutableBufferPointer { parts in
      Parallel.forEachChunk(threads) { chunk in
        for k in chunk * roots.count / threads..<(chunk + 1) * roots.count / threads {
          var sum = EntitySum()
          for m in firstMember[roots[k]]..<firstMember[roots[k] + 1] {
            let member = Int(members[Int(m)])
            sum.add(c.all[member], key: c.key(member), knowledge)
          }
          let (name, type, aliases, date, identity) = sum.entityParts()
          parts[k] = (name, type, aliases.sorted(), date, identity, sum.mentionCount)
        }
      }
    }

    var numberOfRoot = [Int32](repeating: 0, count: count)
    var entities: [Entity] = []
    entities.reserveCapacity(roots.count)
    var usedIDs = Set<EntityID>()
    var baseIDs: [EntityID: EntityID] = [:]
    for (k, root) in roots.enumerated() {
      let (name, type, aliases, date, identity, mentionCount) = parts[k]
      let base = EntityID(type: type, key: identity)
      var id = base
      var n = 2
      while usedIDs.contains(id) {
        id = EntityID(type: type, key: identity + " \(n)")
        n += 1
      }
      usedIDs.insert(id)
      baseIDs[id] = base
      numberOfRoot[root] = Int32(entities.count)
      entities.append(
        Entity(id: id, name: name, type: type, aliases: aliases, date: date, mentionCount: mentionCount))
    }
    return (entities, numberOfRoot, baseIDs)
  }

  /// `evidence` sorted, each item once. Items that differ only in confidence (which `<`
  /// ignores) are ordered by it.
  /// - Complexity: O(n) when they are in order and distinct already (checked first; a
  ///   relation's evidence arrives by document, then sentence), else O(n log n); no hashing.
  static func sortedDistinct(_ evidence: [Evidence]) -> [Evidence] {
    // Not a tuple of (evidence, confidence): its `<` would take two items that differ in
    // confidence as unequal at the first element and never look at the second.
    func before(_ a: Evidence, _ b: Evidence) -> Bool { a < b || (!(b < a) && a.confidence < b.confidence) }
    // Each item before the next: sorted, and no item twice.
    if evidence.indices.dropFirst().allSatisfy({ before(evidence[$0 - 1], evidence[$0]) }) { return evidence }
    let sorted = evidence.sorted(by: before)
    var out: [Evidence] = []
    out.reserveCapacity(sorted.count)
    for item in sorted where item != out.last { out.append(item) }
    return out
  }

  /// The subject and object types each predicate allows.
  static func allowed(_ p: Predicate, _ s: EntityType, _ o: EntityType) -> Bool {
    switch p {
    case .affiliatedWith: return s == .person && o.isOrganization
    case .attended: return s == .person && o == .event
    case .organized: return s.isOrganization && o == .event
    case .heldIn: return s == .event && o == .place
    default: return true
    }
  }
}

/// One relation of the graph as it is gathered: its endpoints and predicate, the roles its
/// local relations give, with how often, and their evidence.
struct RelationBucket {
  let s: EntityID
  let p: Predicate
  let o: EntityID
  var roles = Tally<String, Int>()
  var evidence: [Evidence] = []
  var confidence = 0.0
  var asOf: String?

  /// The relation of the graph: the most frequent role (of two as frequent, the first in
  /// order), the evidence sorted, each item once.
  var relation: Relation {
    let role = roles.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    return Relation(
      subject: s, predicate: p, object: o, role: role, asOf: asOf, confidence: confidence,
      evidence: Assembly.sortedDistinct(evidence))
  }

  /// Adds local relation `i` of `relations`.
  mutating func add(_ relations: CompactRelations, _ i: Int, dateline: String?) {
    if let role = relations.items[i].role { roles.add(role, 1) }
    let item = relations.evidence(i)
    evidence.append(item)
    confidence = max(confidence, item.confidence)
    if relations.predicate(i) == .affiliatedWith, let dateline { asOf = max(asOf ?? "", dateline) }
  }

  /// Adds local relation `k` of `relations`, read in place.
  mutating func add(_ relations: [LocalRelation], _ k: Int, dateline: String?) {
    if let role = relations[k].role { roles.add(role, 1) }
    evidence.append(relations[k].evidence)
    confidence = max(confidence, relations[k].evidence.confidence)
    if relations[k].predicate == .affiliatedWith, let dateline { asOf = max(asOf ?? "", dateline) }
  }
}
