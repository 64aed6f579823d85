/// A stable identifier of an entity, derived from its canonical key, never from insertion
/// order: the same input always yields the same ids, so exports are byte-identical across runs.
///
/// Ids are NMTOKEN-safe (letters, digits, `-`, `_`, `.`), so they can be GraphML node ids.
public struct EntityID: RawRepresentable, Hashable, Comparable, Codable, Sendable,
  CustomStringConvertible, ExpressibleByStringLiteral
{
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }

  /// An id of the form `<prefix>-<slug>` for an entity of `type` whose canonical key is `key`.
  ///
  /// The slug keeps ASCII letters and digits of the key, lower-cased, with runs of anything else
  /// folded into one `-`; non-ASCII letters are kept as their Unicode scalar in hex so that keys
  /// in Hangul or kana still give distinct, NMTOKEN-safe ids.
  /// - Complexity: O(n) in the length of `key`.
  public init(type: EntityType, key: String) {
    self.rawValue = "\(EntityID.prefix(for: type))-\(EntityID.slug(key))"
  }

  public static func prefix(for type: EntityType) -> String {
    switch type {
    case .person: return "p"
    case .company: return "c"
    case .association: return "a"
    case .government: return "g"
    case .event: return "ev"
    case .place: return "pl"
    case .agreement: return "ag"
    default: return "x-" + slug(type.rawValue)
    }
  }

  public static func slug(_ key: String) -> String {
    var out = ""
    var pendingDash = false
    for scalar in key.lowercased().unicodeScalars {
      let v = scalar.value
      let isAlnum = (v >= 48 && v <= 57) || (v >= 97 && v <= 122)
      if isAlnum {
        if pendingDash && !out.isEmpty { out.append("-") }
        pendingDash = false
        out.unicodeScalars.append(scalar)
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        if pendingDash && !out.isEmpty { out.append("-") }
        pendingDash = false
        out.append("u" + String(v, radix: 16))
      } else {
        pendingDash = true
      }
    }
    return out.isEmpty ? "_" : out
  }

  public var description: String { rawValue }
  public static func < (a: EntityID, b: EntityID) -> Bool { a.rawValue < b.rawValue }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
