extension Resolver {
  /// Reversed name order and romanization variants, with corroboration.
  ///
  /// People are bucketed by their romanized name words, sorted ("Choi Tae-won", "Chey
  /// Tae-won" and "Tae-won Choi" share a bucket). Within a bucket two people merge when they
  /// write the same words (a case or hyphen variant), when they write them in reverse order
  /// and one is a known family name ("Ito Kenta" / "Kenta Ito"), or when they share an
  /// affiliation or event ("Chey Tae-won" / "Choi Tae-won"). Each of these is a group of
  /// people who all merge (same words; words and their reverse; one tie), so a bucket's
  /// merges are made group by group with `UnionFind.unionCliques`, with the same roots as
  /// merging every pair in order.
  /// - Parameters:
  ///   - affiliations: for each person cluster, the roots of the organizations and events its
  ///     article ties it to. These are not people, so their roots do not move while people
  ///     merge.
  /// - Complexity: O(p·w + t) expected for p people of at most w words and t ties, plus
  ///   O(n log n) per bucket of n people.
  func mergePeople(
    _ c: Clusters, _ names: ClusterNames, affiliations: [Int: Set<Int>], _ uf: inout UnionFind
  ) {
    var buckets: [[String]: [Int]] = [:]
    var fullNames: [Int: [String]] = [:]
    var romanized: [String: String] = [:]  // each distinct word romanized once
    for i in c.all.indices where c.all[i].isPerson {
      guard let words = names.fullNameWords(i, in: c) else { continue }
      fullNames[i] = words
      let key = words.map { word in
        if let known = romanized[word] { return known }
        let r = NameMatching.romanized(word)
        romanized[word] = r
        return r
      }
      buckets[key.sorted(), default: []].append(i)
    }
    let sortedBuckets = buckets.map { (key: $0.key.joined(separator: " "), members: $0.value) }
      .sorted { $0.key < $1.key }
    for (_, members) in sortedBuckets where members.count > 1 {
      var byWords: [[String]: [Int]] = [:]
      var byTie: [Int: [Int]] = [:]
      for i in members {
        byWords[fullNames[i] ?? [], default: []].append(i)
        let ties = (affiliations[i] ?? []).map { $0 < c.all.count ? uf.find($0) : $0 }
        for tie in Set(ties) { byTie[tie, default: []].append(i) }
      }
      var groups = Array(byWords.values) + Array(byTie.values)
      for (words, same) in byWords where words.contains(where: knowledge.familyNames.contains) {
        let reversed = Array(words.reversed())
        if reversed != words, let other = byWords[reversed] { groups.append(same + other) }
      }
      uf.unionCliques(groups)
    }
  }
}
