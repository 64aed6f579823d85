import TiesModel
import TiesResolution

extension NameMatcher {
  /// Which tier of `NameMatcher` a search matched in.
  public enum Tier: String, Sendable, Hashable {
    /// The query is an entity id.
    case id
    /// A name or alias, in any word order or another romanization.
    case exact
    /// The initials of a name or alias.
    case acronym
    /// Every word of the query is a word of a name or alias.
    case words
    /// Nothing matched.
    case none
  }

  /// What a search found: the deciding tier and its candidates.
  public struct Matches: Sendable, Hashable {
    public var tier: Tier
    /// In entity id order, without repeats; empty for `.none`.
    public var vertices: [Int32]
  }

  /// Every candidate of the first tier that `query` matches in, as `match(_:)` decides from
  /// (the explorer's search lists them all).
  /// - Complexity: O(L + k log k) for k candidates of the exact or acronym tier; for the
  ///   words tier O(Σ p) over the posting lists p of the query's words.
  public func search(_ query: String) -> Matches {
    if let v = index.vertex(EntityID(rawValue: query)) { return Matches(tier: .id, vertices: [v]) }
    let words = NameMatching.words(query)
    let key = words.joined()
    if key.isEmpty { return Matches(tier: .none, vertices: []) }
    let romanized = NameMatching.romanizationKey(query).joined()
    let length = key.count
    var exact = keys.exact[key] ?? []
    for (v, nameLength) in keys.romanized[romanized] ?? [] where abs(nameLength - length) <= 2 {
      exact.append(v)
    }
    if !exact.isEmpty { return Matches(tier: .exact, vertices: keys.sortedByID(exact)) }
    if words.count == 1 && length >= 2, let found = keys.initials[key], !found.isEmpty {
      return Matches(tier: .acronym, vertices: found)
    }
    var lists: [[Int32]] = []
    for word in Set(words) {
      guard let list = keys.words[word] else { return Matches(tier: .none, vertices: []) }
      lists.append(list)
    }
    let partial = keys.intersection(lists)
    return Matches(tier: partial.isEmpty ? .none : .words, vertices: partial)
  }
}
