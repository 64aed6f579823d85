/// The kind of thing an entity is.
///
/// The seven kinds that extraction produces are static members (`.person`, `.company`, …);
/// a graph imported from GraphML may carry any other kind, kept verbatim in `rawValue`.
public struct EntityType: RawRepresentable, Hashable, Comparable, Codable, Sendable,
  CustomStringConvertible
{
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  public static let person = EntityType(rawValue: "person")
  public static let company = EntityType(rawValue: "company")
  public static let association = EntityType(rawValue: "association")
  public static let government = EntityType(rawValue: "government")
  public static let event = EntityType(rawValue: "event")
  public static let place = EntityType(rawValue: "place")
  public static let agreement = EntityType(rawValue: "agreement")

  /// The kinds extraction produces, in the order summaries print them.
  public static let extracted: [EntityType] = [
    .person, .company, .association, .government, .event, .place, .agreement,
  ]

  /// Whether the entity is an organization a person can be affiliated with.
  public var isOrganization: Bool { self == .company || self == .association || self == .government }

  public var description: String { rawValue }
  public static func < (a: EntityType, b: EntityType) -> Bool { a.rawValue < b.rawValue }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
