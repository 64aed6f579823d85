import TiesModel

/// The entity each cluster resolved to: one document's local key → its entity. What a store
/// needs to point mentions at their entities, without a resolved copy of every mention.
///
/// Each cluster holds its entity's number (4 bytes; an id would take 16): 15 million
/// clusters at 1,000,000 generated articles.
public struct ClusterEntities: Sendable {
  let index: ClusterIndex
  /// By cluster number, the resolver's order (document, then first mention): the position of
  /// its entity in `ids`.
  let numbers: [Int32]
  let ids: [EntityID]

  /// The entity of cluster `i`.
  /// - Complexity: O(1).
  subscript(i: Int) -> EntityID { ids[Int(numbers[i])] }

  /// The entity of the cluster `localKey` of `document`; nil for no such cluster.
  /// - Complexity: O(1) expected.
  public func entity(document: String, localKey: String) -> EntityID? {
    index.cluster(document: document, key: localKey).map { self[$0] }
  }

  /// Points each of `mentions`, all of `document`, at the entity of its cluster (`localKey`);
  /// nil for a key of no cluster.
  /// - Complexity: O(m log k) for m mentions and the document's k clusters, plus one hash
  ///   look-up of its name.
  public func assignEntities(to mentions: inout [Mention], document: String) {
    guard let d = index.ordinal(ofDocument: document) else {
      for i in mentions.indices { mentions[i].entity = nil }
      return
    }
    assignEntities(to: &mentions, documentAt: d)
  }

  /// `assignEntities(to:document:)` for the `d`-th document of the index.
  /// - Complexity: O(m log k) for m mentions and the document's k clusters.
  func assignEntities(to mentions: inout [Mention], documentAt d: Int) {
    for i in mentions.indices {
      mentions[i].entity = index.cluster(documentAt: d, key: mentions[i].localKey).map { self[$0] }
    }
  }

  /// Every cluster with its entity, in a deterministic order (document, then first mention).
  /// - Complexity: O(clusters).
  public var all: [(document: String, localKey: String, entity: EntityID?)] {
    // Put together only when asked (an ingest), from the index every resolution has anyway.
    zip(index.keys(count: numbers.count), numbers).map { ($0.document, $0.key, ids[Int($1)]) }
  }

  /// How many clusters were resolved.
  public var count: Int { numbers.count }
}
