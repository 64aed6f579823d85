import TiesModel

/// A stored entity with the clusters of one key: what an ingest reads to add new clusters of
/// that key to it without resolving every stored one again.
public struct SummedEntity: Hashable, Sendable {
  public var id: EntityID
  public var name: String
  public var type: EntityType
  /// The id before its suffix, as stored.
  public var baseID: String?
  /// The text of each of its mentions, with how often it is written; empty when not
  /// `counted`.
  public var surfaces: [String: Int]
  /// The types its mentions were given; empty when not `counted`.
  public var mentionTypes: Set<EntityType>
  /// How many stored entities share its base id, itself included.
  public var sharingBaseID: Int
  /// Whether its mentions were counted (`surfaces`, `mentionTypes`); when they were not (new
  /// mentions that write only its name, which a stored mention writes already), its stored
  /// `aliases` and `mentionCount` are given instead.
  public var counted: Bool
  /// Its stored aliases, sorted, when not `counted`.
  public var aliases: [String]
  /// Its stored mention count, when not `counted`.
  public var mentionCount: Int

  public init(
    id: EntityID, name: String, type: EntityType, baseID: String?, surfaces: [String: Int],
    mentionTypes: Set<EntityType>, sharingBaseID: Int, counted: Bool = true, aliases: [String] = [],
    mentionCount: Int = 0
  ) {
    self.id = id
    self.name = name
    self.type = type
    self.baseID = baseID
    self.surfaces = surfaces
    self.mentionTypes = mentionTypes
    self.sharingBaseID = sharingBaseID
    self.counted = counted
    self.aliases = aliases
    self.mentionCount = mentionCount
  }
}

/// A key whose resolved clusters hold a bucket, with their entity.
public struct BucketHolder: Hashable, Sendable {
  public var key: String
  public var entity: EntityID

  public init(key: String, entity: EntityID) {
    self.key = key
    self.entity = entity
  }
}

/// A key and a bucket: whether a resolved cluster of the key holds the bucket, and with
/// which entity (`GraphWriting.resolvedEntities(holding:)`).
public struct KeyBucket: Hashable, Sendable {
  public var key: String
  public var bucket: String

  public init(key: String, bucket: String) {
    self.key = key
    self.bucket = bucket
  }
}
