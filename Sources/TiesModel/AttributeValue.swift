/// A typed value of an extra attribute carried by an entity or a relation, as GraphML keys
/// declare them (`attr.type` string, int, long, double, boolean).
public enum AttributeValue: Hashable, Sendable, Codable, CustomStringConvertible {
  case string(String)
  case int(Int32)
  case long(Int64)
  case double(Double)
  case bool(Bool)

  public var description: String {
    switch self {
    case .string(let s): return s
    case .int(let i): return String(i)
    case .long(let l): return String(l)
    case .double(let d): return NumberFormatting.shortest(d)
    case .bool(let b): return b ? "true" : "false"
    }
  }
}
