import TiesModel

/// The entity each cluster resolved to: one document's local key → its entity. What a store
/// needs to point mentions at their entities, without a resolved copy of every mention.
public struct ClusterEntities: Sendable {
  let index: ClusterIndex
  /// By cluster number, the resolver's order (document, then first mention).
  let entities: [EntityID?]

  /// The entity of the cluster `localKey` of `document`; nil for a cluster not resolved.
  /// - Complexity: O(1) expected.
  public func entity(document: String, localKey: String) -> EntityID? {
    index.cluster(document: document, key: localKey).flatMap { entities[$0] }
  }

  /// Every cluster with its entity, in a deterministic order (document, then first mention).
  /// - Complexity: O(clusters).
  public var all: [(document: String, localKey: String, entity: EntityID?)] {
    // Put together only when asked (an ingest), from the index every resolution has anyway.
    zip(index.keys(count: entities.count), entities).map { ($0.document, $0.key, $1) }
  }

  /// How many clusters were resolved.
  public var count: Int { entities.count }
}
