import TiesModel
import TiesResolution

/// Finds the entity a name typed on the command line stands for, forgivingly: an id; a name or
/// alias ignoring case, hyphens and punctuation, in either name order or another romanization;
/// an acronym of a name; or the words of a name ("Kim" for "Kim Do-yeon").
///
/// The first of these tiers that matches decides. Several matches in it are ambiguous, unless
/// exactly one has that very name (ignoring case). When nothing matches, the names nearest by
/// edit distance are suggested. Candidates come in entity id order.
struct NameMatcher {
  enum Outcome: Equatable {
    case found(Int32)
    case ambiguous([Int32])
    case unknown(suggestions: [Int32])
  }

  let index: KnowledgeGraphIndex
  let aliases: [Int32: [String]]
  /// At most this many suggestions for an unknown name.
  var suggestionLimit = 5

  /// - Complexity: O(V · L) for V entities with names of length L; O(V · L²) for suggestions.
  func match(_ query: String) -> Outcome {
    if let v = index.vertex(EntityID(rawValue: query)) { return .found(v) }
    let words = NameMatching.words(query)
    let key = words.joined()
    if key.isEmpty { return .unknown(suggestions: []) }
    let romanized = NameMatching.romanizationKey(query).joined()
    let acronym = words.count == 1 && key.count >= 2 ? key : nil
    var exact: [Int32] = []
    var initials: [Int32] = []
    var partial: [Int32] = []
    for v in 0..<Int32(index.names.count) {
      for name in names(of: v) {
        let w = NameMatching.words(name)
        if Self.orders(w).contains(key)
          || (abs(w.joined().count - key.count) <= 2
            && NameMatching.romanizationKey(name).joined() == romanized)
        {
          exact.append(v)
        } else if let acronym, w.count >= 2, NameMatching.initials(name).lowercased() == acronym {
          initials.append(v)
        } else if words.allSatisfy({ w.contains($0) }) {
          partial.append(v)
        }
      }
    }
    for tier in [exact, initials, partial] where !tier.isEmpty {
      return decide(tier, query: query)
    }
    return .unknown(suggestions: suggestions(for: key))
  }

  private func names(of v: Int32) -> [String] {
    [index.names[Int(v)]] + (aliases[v] ?? [])
  }

  private func decide(_ tier: [Int32], query: String) -> Outcome {
    let candidates = sortedByID(Array(Set(tier)))
    if candidates.count == 1 { return .found(candidates[0]) }
    let lowered = query.lowercased()
    let same = candidates.filter { index.names[Int($0)].lowercased() == lowered }
    if same.count == 1 { return .found(same[0]) }
    return .ambiguous(candidates)
  }

  private func sortedByID(_ vertices: [Int32]) -> [Int32] {
    vertices.sorted { index.ids[Int($0)] < index.ids[Int($1)] }
  }

  /// The word sequences a name may be typed as: as written, the family name moved to the
  /// end or the front, and reversed; each joined without spaces.
  static func orders(_ w: [String]) -> [String] {
    guard w.count >= 2, let first = w.first, let last = w.last else { return [w.joined()] }
    return [
      w.joined(), (w.dropFirst() + [first]).joined(), ([last] + w.dropLast()).joined(),
      w.reversed().joined(),
    ]
  }

  private func suggestions(for key: String) -> [Int32] {
    let limit = max(2, key.count / 3)
    var scored: [(distance: Int, vertex: Int32)] = []
    let target = Array(key.unicodeScalars)
    for v in 0..<Int32(index.names.count) {
      var best = Int.max
      for name in names(of: v) {
        let candidate = Array(NameMatching.words(name).joined().unicodeScalars)
        if abs(candidate.count - target.count) > limit { continue }
        best = min(best, Self.editDistance(candidate, target))
      }
      if best <= limit { scored.append((best, v)) }
    }
    scored.sort { ($0.distance, index.ids[Int($0.vertex)]) < ($1.distance, index.ids[Int($1.vertex)]) }
    return scored.prefix(suggestionLimit).map(\.vertex)
  }

  /// Levenshtein distance.
  /// - Complexity: O(|a| · |b|) time, O(|b|) space.
  static func editDistance<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
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
