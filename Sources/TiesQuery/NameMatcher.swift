import TiesModel
import TiesResolution

/// Finds the entity a typed name stands for, forgivingly: an id; a name or alias ignoring
/// case, hyphens and punctuation, in either name order or another romanization; an acronym of
/// a name; or the words of a name ("Kim" for "Kim Do-yeon"). The command line (`ties path`,
/// `ties export --path`, ...) and the explorer (`ties serve`) match names through it alike.
///
/// The first of these tiers that matches decides. Several matches in it are ambiguous, unless
/// exactly one has that very name (ignoring case). When nothing matches, the names nearest by
/// edit distance are suggested. Candidates come in entity id order.
///
/// Every name and alias is keyed once, when the matcher is made (hash tables for the exact and
/// acronym tiers, an inverted word index for the words tier, names bucketed by length for the
/// suggestions), so that a query costs about what its answer costs, not a scan of the graph.
public struct NameMatcher: Sendable {
  public enum Outcome: Equatable, Sendable {
    case found(Int32)
    case ambiguous([Int32])
    case unknown(suggestions: [Int32])
  }

  public let index: KnowledgeGraphIndex
  /// Vertex → aliases, only for vertices that have some.
  public let aliases: [Int32: [String]]
  /// At most this many suggestions for an unknown name.
  public var suggestionLimit = 5
  let keys: NameKeys

  /// Keys every name and alias of `index`.
  /// - Complexity: O(V log V + (V + A) · L) time and O((V + A) · L) space, for V entities, A
  ///   aliases and names of length L.
  public init(index: KnowledgeGraphIndex, aliases: [Int32: [String]]) {
    self.index = index
    self.aliases = aliases
    keys = NameKeys(index: index, aliases: aliases)
  }

  /// The entity `query` stands for, the candidates when it is ambiguous, or suggestions.
  /// - Complexity: O(L + k log k) for k candidates in the deciding tier (the words tier
  ///   intersects posting lists, O(p) for the shortest list's length p); for an unknown name,
  ///   O(n · L²) over the n names whose length is near the query's.
  public func match(_ query: String) -> Outcome {
    let found = search(query)
    switch found.tier {
    case .id:
      return .found(found.vertices[0])
    case .exact, .acronym, .words:
      return decide(found.vertices, query: query)
    case .none:
      return .unknown(suggestions: suggestions(for: NameMatching.words(query).joined()))
    }
  }

  private func decide(_ candidates: [Int32], query: String) -> Outcome {
    if candidates.count == 1 { return .found(candidates[0]) }
    let lowered = query.lowercased()
    let same = candidates.filter { index.names[Int($0)].lowercased() == lowered }
    if same.count == 1 { return .found(same[0]) }
    return .ambiguous(candidates)
  }

  /// The word sequences a name may be typed as: as written, the family name moved to the
  /// end or the front, and reversed; each joined without spaces.
  public static func orders(_ w: [String]) -> [String] {
    guard w.count >= 2, let first = w.first, let last = w.last else { return [w.joined()] }
    return [
      w.joined(), (w.dropFirst() + [first]).joined(), ([last] + w.dropLast()).joined(),
      w.reversed().joined(),
    ]
  }

  /// The vertices whose names are nearest `key` (a query's words joined), at most
  /// `suggestionLimit`, by distance then id.
  private func suggestions(for key: String) -> [Int32] {
    if key.isEmpty { return [] }
    let limit = max(2, key.count / 3)
    let target = Array(key.unicodeScalars)
    var best: [Int32: Int] = [:]
    for length in max(0, target.count - limit)...(target.count + limit) {
      for (v, candidate) in keys.byLength[length] ?? [] {
        let distance = Self.editDistance(candidate, target)
        if distance <= limit, distance < best[v] ?? Int.max { best[v] = distance }
      }
    }
    let ranks = keys.idRank
    let scored = best.sorted { ($0.value, ranks[Int($0.key)]) < ($1.value, ranks[Int($1.key)]) }
    return scored.prefix(suggestionLimit).map(\.key)
  }

  /// Levenshtein distance.
  /// - Complexity: O(|a| · |b|) time, O(|b|) space.
  public static func editDistance<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
