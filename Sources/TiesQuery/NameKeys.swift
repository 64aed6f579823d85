import TiesModel
import TiesResolution

/// The lookup tables of `NameMatcher`, made once from every name and alias of a graph.
///
/// Posting lists hold vertices in entity id order without repeats (vertices are visited in
/// that order while the tables are filled), so answers need no sort.
struct NameKeys: Sendable {
  /// Vertex → its position in entity id order.
  let idRank: [Int32]
  /// Every order of a name's words, joined (`NameMatcher.orders`) → vertices.
  let exact: [String: [Int32]]
  /// A name's romanization key, joined → (vertex, length of the name's joined words).
  let romanized: [String: [(vertex: Int32, length: Int)]]
  /// The lower-cased initials of a name of two words or more → vertices.
  let initials: [String: [Int32]]
  /// A word of a name → vertices.
  let words: [String: [Int32]]
  /// Length in Unicode scalars → (vertex, a name's words joined, as scalars), for suggestions.
  let byLength: [Int: [(vertex: Int32, key: [Unicode.Scalar])]]

  /// - Complexity: O(V log V + (V + A) · L).
  init(index: KnowledgeGraphIndex, aliases: [Int32: [String]]) {
    let count = index.names.count
    let byID = (0..<Int32(count)).sorted { index.ids[Int($0)] < index.ids[Int($1)] }
    var idRank = [Int32](repeating: 0, count: count)
    for (rank, v) in byID.enumerated() { idRank[Int(v)] = Int32(rank) }
    var exact: [String: [Int32]] = [:]
    var romanized: [String: [(vertex: Int32, length: Int)]] = [:]
    var initials: [String: [Int32]] = [:]
    var words: [String: [Int32]] = [:]
    var byLength: [Int: [(vertex: Int32, key: [Unicode.Scalar])]] = [:]
    func add(_ v: Int32, _ key: String, to table: inout [String: [Int32]]) {
      if table[key, default: []].last != v { table[key, default: []].append(v) }
    }
    for v in byID {
      for name in [index.names[Int(v)]] + (aliases[v] ?? []) {
        let w = NameMatching.words(name)
        let joined = w.joined()
        for order in NameMatcher.orders(w) { add(v, order, to: &exact) }
        romanized[NameMatching.romanizationKey(name).joined(), default: []].append((v, joined.count))
        if w.count >= 2 { add(v, NameMatching.initials(name).lowercased(), to: &initials) }
        for word in w { add(v, word, to: &words) }
        let scalars = Array(joined.unicodeScalars)
        byLength[scalars.count, default: []].append((v, scalars))
      }
    }
    self.idRank = idRank
    self.exact = exact
    self.romanized = romanized
    self.initials = initials
    self.words = words
    self.byLength = byLength
  }

  /// The vertices in every one of `lists` (each in id order), in id order.
  /// - Complexity: O(Σ |list|).
  func intersection(_ lists: [[Int32]]) -> [Int32] {
    guard var result = lists.min(by: { $0.count < $1.count }) else { return [] }
    for list in lists where !result.isEmpty {
      var kept: [Int32] = []
      var j = 0
      for v in result {
        let rank = idRank[Int(v)]
        while j < list.count && idRank[Int(list[j])] < rank { j += 1 }
        if j < list.count && list[j] == v { kept.append(v) }
      }
      result = kept
    }
    return result
  }

  /// `vertices` in id order without repeats.
  /// - Complexity: O(k log k).
  func sortedByID(_ vertices: [Int32]) -> [Int32] {
    var seen = Set<Int32>()
    return vertices.filter { seen.insert($0).inserted }.sorted { idRank[Int($0)] < idRank[Int($1)] }
  }
}
