import TiesGraph
import TiesModel

/// A document and a local key: one thing as one article names it.
struct ClusterID: Hashable {
  var document: String
  var key: String
}

/// The mentions of one local key in one document.
///
/// Fields are laid out largest first, so that the 32-bit ones share words, and the local key
/// is read from the index (`Clusters.key`), which holds it anyway: 15 million clusters at
/// 1,000,000 generated articles, each 96 bytes instead of 136.
struct Cluster {
  /// Surface form → how often it was written.
  var surfaces = Tally<String, Int>()
  /// Type → summed confidence of the mentions that typed it so.
  var typeVotes = Tally<EntityType, Double>()
  /// Dates the mentions give (events), with how often: rare, so a dictionary (empty, it
  /// allocates nothing).
  var dates: [String: Int] = [:]
  /// The parts of an event's key; in a box, since few clusters are events (41 bytes in
  /// place in every cluster, 8 in a box).
  var event: EventKey? {
    get { eventBox?.key }
    set { eventBox = newValue.map(EventBox.init) }
  }
  private var eventBox: EventBox?
  /// The position of the cluster's document in `Clusters.index.documents` (document names
  /// in order), -1 for a cluster of none (`Resolver.summedEntity`).
  var document: Int32 = -1
  /// Root after merging, set by `Clusters.assignRoots`.
  var root: Int32 = 0
  /// The mentions counted (of one document: 32 bits hold them).
  var mentionCount: Int32 = 0
  /// An organization or agreement key (`o:`, `ag:`): set with the key, read by the rules for
  /// every cluster (a stored flag, so that reading it never copies the cluster).
  var isOrganizationLike = false
  /// A person's key (`p:`), stored as `isOrganizationLike` is: `mergePeople` reads it for
  /// every cluster.
  var isPerson = false

  struct EventKey {
    var ordinal: Int?
    var year: Int?
    var words: Set<String>
  }

  /// An event's key parts, never changed once boxed.
  private final class EventBox {
    let key: EventKey
    init(_ key: EventKey) { self.key = key }
  }

  init() {}
}

/// All clusters of all documents, in a deterministic order (document, then first mention).
struct Clusters {
  var all: [Cluster] = []
  /// How many clusters there are, kept when `releaseMembers` lets `all` go: nodes from it up
  /// are fixed clusters' entities.
  private(set) var count = 0
  /// Each cluster's number by document and key.
  var index = ClusterIndex()
  /// Per extraction given to `init`, the position of its document in `index.documents`.
  private(set) var documentOfExtraction: [Int] = []

  /// Gathers the mentions of `extractions` by document and local key. The extractions of one
  /// document name are taken as one document; the resolver gives them sorted by name, so the
  /// clusters come in the order of document names, then of first mention.
  ///
  /// Documents are gathered on `Parallel.defaultThreads` threads when there are many.
  /// `mentionsOf` gives an extraction's mentions (its own by default; a build's held apart,
  /// `Resolver.resolve`), from any of them, twice per extraction. `fixed` clusters are
  /// recorded as `fix` does. `whenIndexed` is given the clusters once every cluster has its
  /// number and every node can be found (`node`), before the clusters are filled: the
  /// resolver then turns the local relations' keys into nodes (`CompactRelations.resolveEnds`)
  /// and lets the keys go before the clusters take their memory.
  /// - Complexity: O(m) expected for m mentions, one hash look-up of a local key each, plus
  ///   O(k log k) per document of k keys.
  init(
    _ extractions: [DocumentExtraction],
    mentionsOf: (DocumentExtraction) -> [Mention] = { $0.mentions }, fixed: [Resolver.FixedCluster] = [],
    whenIndexed: (Clusters) -> Void = { _ in }
  ) {
    var members: [[Int]] = []
    var ordinalOfName: [String: Int] = [:]
    documentOfExtraction.reserveCapacity(extractions.count)
    for (n, e) in extractions.enumerated() {
      if let d = ordinalOfName[e.document.name] {
        members[d].append(n)
        documentOfExtraction.append(d)
      } else {
        ordinalOfName[e.document.name] = members.count
        documentOfExtraction.append(members.count)
        members.append([n])
      }
    }
    // Spreading a handful of articles over threads would cost more than it saves.
    let chunks = members.count >= 64 ? Parallel.defaultThreads : 1
    func documents(_ chunk: Int) -> Range<Int> {
      chunk * members.count / chunks..<(chunk + 1) * members.count / chunks
    }
    // First each document's keys, and the key of each of its mentions by number; then every
    // cluster filled in place: no cluster is built twice or copied from one array to another.
    var numbered = [[Numbered]](repeating: [], count: chunks)
    numbered.withUnsafeMutableBufferPointer { numbered in
      Parallel.forEachChunk(chunks) { chunk in
        numbered[chunk] = documents(chunk).map { Clusters.number(members[$0], of: extractions, mentionsOf) }
      }
    }
    var first: [Int] = []
    first.reserveCapacity(members.count)
    var count = 0
    var d = 0
    for chunk in numbered.indices {
      for i in numbered[chunk].indices {
        first.append(count)
        index.append(
          document: extractions[members[d][0]].document.name, keys: numbered[chunk][i].keys,
          byKey: numbered[chunk][i].byKey)
        count += numbered[chunk][i].keys.count
        // Copied into the index: let go before the clusters are made.
        numbered[chunk][i].keys = []
        numbered[chunk][i].byKey = []
        d += 1
      }
    }
    precondition(count < Int32.max, "more clusters than 32-bit numbers hold")
    self.count = count
    fix(fixed)
    whenIndexed(self)
    all = Array(repeating: Cluster(), count: count)
    all.withUnsafeMutableBufferPointer { all in
      Parallel.forEachChunk(chunks) { chunk in
        for (d, document) in zip(documents(chunk), numbered[chunk]) {
          var k = 0
          for n in members[d] {
            let mentions = mentionsOf(extractions[n])
            for j in mentions.indices {
              Clusters.add(
                mentions, j, document: Int32(d), to: &all[first[d] + Int(document.clusterOfMention[k])])
              k += 1
            }
          }
        }
      }
    }
  }

  /// One document's local keys, by first mention, their order (`ClusterIndex.keyOrder`),
  /// and the number of each mention's.
  private struct Numbered {
    var keys: [String] = []
    var byKey: [Int32] = []
    var clusterOfMention: [Int32] = []
  }

  /// The numbering of the extractions at `positions` (one document's).
  /// - Complexity: O(m) expected for m mentions, plus O(k log k) for its k keys.
  private static func number(
    _ positions: [Int], of extractions: [DocumentExtraction], _ mentionsOf: (DocumentExtraction) -> [Mention]
  ) -> Numbered {
    var out = Numbered()
    var numberOfKey: [String: Int32] = [:]
    for n in positions {
      // By index: iterating the mentions would copy each one.
      let mentions = mentionsOf(extractions[n])
      out.clusterOfMention.reserveCapacity(out.clusterOfMention.count + mentions.count)
      for j in mentions.indices {
        if let i = numberOfKey[mentions[j].localKey] {
          out.clusterOfMention.append(i)
        } else {
          let i = Int32(out.keys.count)
          out.clusterOfMention.append(i)
          numberOfKey[mentions[j].localKey] = i
          out.keys.append(mentions[j].localKey)
        }
      }
    }
    out.byKey = ClusterIndex.keyOrder(out.keys)
    return out
  }

  /// Counts mention `j` of `mentions` (of `document`) in its cluster, which it names when it
  /// is the first. Read in place: a copy of the mention would retain each of its strings.
  private static func add(_ mentions: [Mention], _ j: Int, document: Int32, to cluster: inout Cluster) {
    if cluster.mentionCount == 0 {
      let key = mentions[j].localKey
      cluster.document = document
      cluster.isOrganizationLike = key.hasPrefix("o:") || key.hasPrefix("ag:")
      cluster.isPerson = key.hasPrefix("p:")
      if key.hasPrefix("ev:"), let parts = Clusters.eventParts(key) { cluster.event = parts }
    }
    cluster.surfaces.add(mentions[j].text, 1)
    cluster.typeVotes.add(mentions[j].type, mentions[j].evidence.confidence)
    cluster.mentionCount += 1
    if let date = mentions[j].date { cluster.dates[date, default: 0] += 1 }
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
  /// appearance: fixed cluster `f` stands for node `count + fixedNode[f]`.
  var fixed: [ClusterID: Int] = [:]
  var fixedEntities: [(entity: EntityID, type: EntityType)] = []

  /// Records clusters outside the resolved extractions, each standing for its settled entity.
  mutating func fix(_ clusters: [Resolver.FixedCluster]) {
    var nodeOf: [EntityID: Int] = [:]
    for f in clusters {
      let id = ClusterID(document: f.document, key: f.key)
      guard index.cluster(document: f.document, key: f.key) == nil, fixed[id] == nil else { continue }
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
  /// node of its entity (`count` and up); nil when it is neither.
  func node(_ document: String, _ key: String) -> Int? {
    if let i = index.cluster(document: document, key: key) { return i }
    return fixed[ClusterID(document: document, key: key)].map { count + $0 }
  }

  /// The local key of cluster `i`.
  /// - Complexity: O(1).
  func key(_ i: Int) -> String { index.key(ofCluster: i) }

  /// `node(_:_:)` for the document of the `n`-th extraction given to `init`.
  /// - Complexity: O(1) expected: one hash look-up of `key` (and one more, of the document
  ///   and key, when there are fixed clusters and `key` is not the document's own).
  func node(extractionAt n: Int, _ key: String) -> Int? {
    let d = documentOfExtraction[n]
    if let i = index.cluster(documentAt: d, key: key) { return i }
    if fixed.isEmpty { return nil }
    return fixed[ClusterID(document: index.documents[d], key: key)].map { count + $0 }
  }

  mutating func assignRoots(_ uf: inout UnionFind) {
    for i in all.indices { all[i].root = Int32(uf.find(i)) }
  }

  /// Frees every cluster's names, type votes and dates, once each has its entity: what is
  /// left finds a cluster's node (`node(extractionAt:_:)`) and an extraction's document. At
  /// 1,000,000 generated articles, gathering the 15 million clusters took a build from 5.8
  /// to 9.3 GiB; the relations were then merged with all of them still held.
  /// - Complexity: O(clusters) to free.
  mutating func releaseMembers() { all = [] }
}
