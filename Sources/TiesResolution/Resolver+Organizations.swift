import TiesModel

extension Resolver {
  /// The clusters of one key, in any article, are one thing (events aside: their keys are
  /// compared by `mergeEvents`).
  /// - Complexity: O(c) expected for c clusters (one hash look-up each).
  func mergeSameKeys(_ c: Clusters, _ uf: inout UnionFind) {
    var first: [String: Int] = [:]
    for i in c.all.indices where !c.key(i).hasPrefix("ev:") {
      if let j = first[c.key(i)] { uf.union(j, i) } else { first[c.key(i)] = i }
    }
  }

  /// An acronym used alone joins the cluster that defined it or whose initials it is; one
  /// the lexicon knows stays with the body its key names.
  ///
  /// Clusters of one key were joined by `mergeSameKeys`, so each index keeps one cluster per
  /// key: a look-up costs the number of distinct names behind an acronym, not the number of
  /// articles that use it.
  /// - Complexity: O(s log s) for s surface forms of organizations (indexes by acronym and by
  ///   initials, and the sorted acronyms), plus O(k) per acronym used alone for k distinct
  ///   keys that define it or have it as initials.
  func mergeAcronyms(_ c: Clusters, _ names: ClusterNames, _ uf: inout UnionFind) {
    var definers: [String: [Int]] = [:]
    var definerKeys = KeyedIndex()
    var initialKeys = KeyedIndex()
    for i in c.all.indices where c.all[i].isOrganizationLike {
      for name in names.names[i] where name.isAcronym && names.hasLongName[i] {
        definers[name.text, default: []].append(i)
        definerKeys.add(i, under: name.text, key: c.key(i))
      }
      for name in names.names[i] where !name.isAcronym {
        initialKeys.add(i, under: name.initials, key: c.key(i))
      }
    }
    // One article using one acronym for two spellings: "Korea Battery Industry Council (KBIC)"
    // and "South Korea Battery Industry Council (KBIC)".
    for (_, ids) in definers.sorted(by: { $0.key < $1.key }) where ids.count > 1 {
      // Documents are numbered in the order of their names.
      let byDocument = Dictionary(grouping: ids, by: { c.all[$0].document })
      for (_, same) in byDocument.sorted(by: { $0.key < $1.key }) where same.count > 1 {
        for other in same.dropFirst() { uf.union(same[0], other) }
      }
    }
    // An acronym the lexicon knows ("KCCI" alone) is keyed as the body it names, which its key
    // joins already: it never joins another body an article gave that acronym.
    for i in c.all.indices
    where c.all[i].isOrganizationLike && !names.hasLongName[i] && knowledge.knownNames[c.key(i)] == nil {
      guard let acronym = names.names[i].filter(\.isAcronym).map(\.text).min() else { continue }
      let candidates = definerKeys.members[acronym] ?? initialKeys.members[acronym] ?? []
      if let target = uf.soleRoot(among: candidates) { uf.union(target, i) }
    }
  }

  /// "Japan Chamber" ↔ "Japan Chamber of Commerce and Industry", "Trade Ministry" ↔ "Ministry
  /// of Trade, Industry and Energy", "Asahi Group" ↔ "Asahi Group Holdings", when exactly one
  /// full name fits.
  ///
  /// Every full name is indexed under the short forms it admits (its first words before an
  /// "of" or "for", or before legal and holding words; "Ministry of X" under "X Ministry"),
  /// one cluster per key; each short name of two words or more then looks up its own words.
  /// - Complexity: O(s·w²) for s surface forms of organizations of at most w words (index),
  ///   plus O(k) per short name for k distinct keys indexed under it, stopping at the second
  ///   distinct root.
  func mergeShortForms(_ c: Clusters, _ names: ClusterNames, _ uf: inout UnionFind) {
    let organizations = c.all.indices.filter { c.all[$0].isOrganizationLike && names.hasLongName[$0] }
    var prefixes = KeyedIndex()
    var ministries = KeyedIndex()
    for j in organizations {
      for name in names.names[j] {
        let long = name.words
        guard long.count >= 3 else { continue }
        // The words from `holdingFrom` on are all legal or holding words.
        var holdingFrom = long.count
        while holdingFrom > 0 && Resolver.holdingWords.contains(long[holdingFrom - 1]) { holdingFrom -= 1 }
        for k in 2..<long.count where long[k] == "of" || long[k] == "for" || k >= holdingFrom {
          prefixes.add(j, under: long[..<k].joined(separator: " "), key: c.key(j))
        }
        if long[0] == "ministry" && long[1] == "of" { ministries.add(j, under: long[2], key: c.key(j)) }
      }
    }
    for i in organizations {
      for name in names.names[i] where !name.isAcronym {
        let short = name.words
        guard short.count >= 2 else { continue }
        var candidates = prefixes.members[short.joined(separator: " ")] ?? []
        if short.count == 2, short[1] == "ministry" { candidates += ministries.members[short[0]] ?? [] }
        if candidates.isEmpty { continue }
        if let target = uf.soleRoot(among: candidates, excluding: uf.find(i)) { uf.union(target, i) }
      }
    }
  }

  /// Words after a company's name that still name the same company ("Asahi Group Holdings").
  static let holdingWords: Set<String> = [
    "holdings", "holding", "group", "corp", "corporation", "co", "company", "ltd", "inc",
  ]
}

/// Clusters under a lookup string, one per cluster key (clusters of one key are merged
/// already, so the others would only repeat its root).
struct KeyedIndex {
  private(set) var members: [String: [Int]] = [:]
  private var seen: Set<Entry> = []

  private struct Entry: Hashable {
    var lookup: String
    var key: String
  }

  /// - Complexity: O(1) expected.
  mutating func add(_ cluster: Int, under lookup: String, key: String) {
    if seen.insert(Entry(lookup: lookup, key: key)).inserted { members[lookup, default: []].append(cluster) }
  }
}
