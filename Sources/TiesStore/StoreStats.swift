import TiesModel

/// Counts of what a graph store holds, for the summary `ties build` and `ties stats` print.
///
/// Per-kind counts list only the kinds present: the kinds extraction produces first, in the
/// order of `EntityType.extracted` and `Predicate.extracted`, then any other kind by name.
public struct StoreStats: Hashable, Sendable {
  /// How many things of one kind.
  public struct Count<Key: Hashable & Sendable>: Hashable, Sendable {
    public var key: Key
    public var count: Int

    public init(key: Key, count: Int) {
      self.key = key
      self.count = count
    }
  }

  public var documents: Int
  public var entitiesByType: [Count<EntityType>]
  public var relationsByPredicate: [Count<Predicate>]
  public var mentions: Int
  public var misses: Int

  public init(
    documents: Int, entitiesByType: [Count<EntityType>], relationsByPredicate: [Count<Predicate>],
    mentions: Int, misses: Int
  ) {
    self.documents = documents
    self.entitiesByType = entitiesByType
    self.relationsByPredicate = relationsByPredicate
    self.mentions = mentions
    self.misses = misses
  }

  /// All entities, whatever their type.
  public var entities: Int { entitiesByType.reduce(0) { $0 + $1.count } }
  /// All relations, whatever their predicate.
  public var relations: Int { relationsByPredicate.reduce(0) { $0 + $1.count } }
}
