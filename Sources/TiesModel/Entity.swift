/// One resolved thing in the graph: a person, an organization, an event, a place, an agreement.
public struct Entity: Hashable, Sendable, Codable {
  public var id: EntityID
  /// The canonical display name.
  public var name: String
  public var type: EntityType
  /// Other names the entity goes by, sorted, without `name`.
  public var aliases: [String]
  /// ISO 8601 date for events, when known.
  public var date: String?
  /// How many mentions resolved to this entity.
  public var mentionCount: Int
  /// Extra attributes (for example those of an imported GraphML file), sorted by key.
  public var attributes: [String: AttributeValue]

  public init(
    id: EntityID, name: String, type: EntityType, aliases: [String] = [], date: String? = nil,
    mentionCount: Int = 0, attributes: [String: AttributeValue] = [:]
  ) {
    self.id = id
    self.name = name
    self.type = type
    self.aliases = aliases
    self.date = date
    self.mentionCount = mentionCount
    self.attributes = attributes
  }
}
