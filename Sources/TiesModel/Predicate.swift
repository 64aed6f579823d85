/// The kind of a relation between two entities.
///
/// The four predicates extraction produces are static members; an imported graph may carry
/// any other predicate, kept verbatim in `rawValue`.
public struct Predicate: RawRepresentable, Hashable, Comparable, Codable, Sendable,
  CustomStringConvertible
{
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  /// person → company / association / government, with a `role`.
  public static let affiliatedWith = Predicate(rawValue: "affiliated_with")
  /// person → event.
  public static let attended = Predicate(rawValue: "attended")
  /// company / association / government → event.
  public static let organized = Predicate(rawValue: "organized")
  /// event → place.
  public static let heldIn = Predicate(rawValue: "held_in")

  public static let extracted: [Predicate] = [.affiliatedWith, .attended, .organized, .heldIn]

  public var description: String { rawValue }
  public static func < (a: Predicate, b: Predicate) -> Bool { a.rawValue < b.rawValue }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
