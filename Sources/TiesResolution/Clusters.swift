import TiesModel

/// A document and a local key: one thing as one article names it.
struct ClusterID: Hashable {
  var document: String
  var key: String
}

/// The mentions of one local key in one document.
struct Cluster {
  var document: String
  var key: String
  /// Surface form → how often it was written.
  var surfaces: [String: Int] = [:]
  /// Type → summed confidence of the mentions that typed it so.
  var typeVotes: [EntityType: Double] = [:]
  var mentionCount = 0
  /// Dates the mentions give (events), with how often.
  var dates: [String: Int] = [:]
  var event: EventKey?
  /// Root after merging, set by `Clusters.assignRoots`.
  var root = 0

  struct EventKey {
    var ordinal: Int?
    var year: Int?
    var words: Set<String>
  }

  var isOrganizationLike: Bool { key.hasPrefix("o:") || key.hasPrefix("ag:") }
}

/// All clusters of all documents, in a deterministic order (document, then key).
struct Clusters {
  var all: [Cluster] = []
  var index: [ClusterID: Int] = [:]

  init(_ extractions: [DocumentExtraction]) {
    for e in extractions {
      for m in e.mentions {
        let id = ClusterID(document: e.document.name, key: m.localKey)
        let i: Int
        if let existing = index[id] {
          i = existing
        } else {
          i = all.count
          index[id] = i
          var cluster = Cluster(document: id.document, key: id.key)
          if m.localKey.hasPrefix("ev:"), let parts = Clusters.eventParts(m.localKey) {
            cluster.event = parts
          }
          all.append(cluster)
        }
        all[i].surfaces[m.text, default: 0] += 1
        all[i].typeVotes[m.type, default: 0] += m.evidence.confidence
        all[i].mentionCount += 1
        if let date = m.date { all[i].dates[date, default: 0] += 1 }
      }
    }
  }

  /// `ev:<ordinal>:<year>:<series>` → its parts.
  static func eventParts(_ key: String) -> Cluster.EventKey? {
    let parts = key.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
    guard parts.count == 4, parts[0] == "ev" else { return nil }
    return Cluster.EventKey(
      ordinal: Int(parts[1]), year: Int(parts[2]), words: Set(parts[3].split(separator: " ").map(String.init))
    )
  }

  /// Fixed clusters (`Resolver.FixedCluster`) by id, and their entities, in order of first
  /// appearance: fixed cluster `f` stands for node `all.count + fixedNode[f]`.
  var fixed: [ClusterID: Int] = [:]
  var fixedEntities: [(entity: EntityID, type: EntityType)] = []

  /// Records clusters outside the resolved extractions, each standing for its settled entity.
  mutating func fix(_ clusters: [Resolver.FixedCluster]) {
    var nodeOf: [EntityID: Int] = [:]
    for f in clusters {
      let id = ClusterID(document: f.document, key: f.key)
      guard index[id] == nil, fixed[id] == nil else { continue }
      if let n = nodeOf[f.entity] {
        fixed[id] = n
      } else {
        nodeOf[f.entity] = fixedEntities.count
        fixed[id] = fixedEntities.count
        fixedEntities.append((f.entity, f.type))
      }
    }
  }

  /// The node of the cluster `key` of `document`: its index, or for a fixed cluster the
  /// node of its entity (`all.count` and up); nil when it is neither.
  func node(_ document: String, _ key: String) -> Int? {
    let id = ClusterID(document: document, key: key)
    if let i = index[id] { return i }
    return fixed[id].map { all.count + $0 }
  }

  mutating func assignRoots(_ uf: inout UnionFind) {
    for i in all.indices { all[i].root = uf.find(i) }
  }
}
