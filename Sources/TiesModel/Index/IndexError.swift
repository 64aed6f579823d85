/// Why a streamed graph could not be indexed.
public enum IndexError: Error, Equatable, Sendable, CustomStringConvertible {
  /// An edge named an entity that no `node` call declared.
  case undeclaredEntity(EntityID)
  /// Two `node` calls declared the same entity.
  case duplicateEntity(EntityID)
  /// A relation's weight is negative, infinite or not a number.
  case invalidWeight(subject: EntityID, predicate: Predicate, object: EntityID, weight: Double)
  /// More distinct predicates, types or roles than a 16-bit code can name.
  case tooManyCodes(String)
  /// `index` was read before `end()`.
  case notFinished

  public var description: String {
    switch self {
    case .undeclaredEntity(let id): return "error: relation names entity '\(id)', which is not declared"
    case .duplicateEntity(let id): return "error: entity '\(id)' is declared twice"
    case .invalidWeight(let s, let p, let o, let w):
      return "error: relation \(s) \(p) \(o) has invalid weight \(w)"
    case .tooManyCodes(let what): return "error: more than 65535 distinct \(what)"
    case .notFinished: return "error: the index is read before the graph ended"
    }
  }
}
