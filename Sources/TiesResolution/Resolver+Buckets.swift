import TiesModel

extension Resolver {
  /// The lookup strings under which each merge rule may pair a cluster with another: two
  /// clusters that no rule can merge directly share none. A set of clusters that holds every
  /// cluster sharing a bucket with one of its own ("closed under buckets") is resolved the
  /// same on its own as within any larger corpus, which is what lets an ingest resolve again
  /// only the clusters its new articles can reach.
  ///
  /// - `k|<key>`: one key (`mergeSameKeys`);
  /// - `d|<acronym>`, `u|<acronym>`, `i|<initials>`: an acronym an organization defines (it
  ///   has a longer name too), the least acronym of one written only so (which
  ///   `mergeAcronyms` looks up), and the initials of each longer name; they lead one way
  ///   (`ClusterBuckets.reached(from:)`);
  /// - `s|<words>`, `m|<word>`: an organization's name as a short form ("X Ministry" also
  ///   under X), which `mergeShortForms` looks up; `t|<words>`, `n|<word>`: the short forms
  ///   its full name admits ("Ministry of X ..." admits X); each leads to the other
  ///   (`ClusterBuckets.reached(from:)`);
  /// - `x|<ordinal>|<words>`, `e|<ordinal>|<word>`: an event's series words, sorted, and
  ///   each of them, among events of its ordinal (`mergeEvents`: events that merge share all
  ///   the words of one of them; the exact words lead to the events whose words they include
  ///   and to those that include them, `ClusterBuckets.reached(from:)`; an event without
  ///   words gets `x|<ordinal>|` alone, and merges only with its likes);
  /// - `p|<words>`: a person's romanized name words, sorted (`mergePeople`).
  ///
  /// Keep these in step with the rules: `BatchEquivalenceTests` fails when a rule pairs
  /// clusters that share no bucket.
  /// - Returns: for each local key of `extraction`, in the order of first mention, its
  ///   buckets, sorted and unique.
  /// - Complexity: O(size of the extraction's names).
  public func buckets(of extraction: DocumentExtraction) -> [(key: String, buckets: [String])] {
    let clusters = Clusters([extraction])
    let names = ClusterNames(clusters)
    var out: [(key: String, buckets: [String])] = []
    for (i, cluster) in clusters.all.enumerated() {
      var own = Set<String>()
      if let event = cluster.event {
        let ordinal = event.ordinal.map(String.init) ?? "-"
        own.insert("x|\(ordinal)|" + event.words.sorted().joined(separator: " "))
        for word in event.words { own.insert("e|\(ordinal)|\(word)") }
      } else {
        own.insert("k|" + clusters.key(i))
      }
      if cluster.isOrganizationLike {
        organizationBuckets(names.names[i], hasLongName: names.hasLongName[i], into: &own)
      }
      if cluster.isPerson, let words = names.fullNameWords(i, in: clusters) {
        own.insert("p|" + words.map(NameMatching.romanized).sorted().joined(separator: " "))
      }
      out.append((clusters.key(i), own.sorted()))
    }
    return out
  }

  /// The acronym and short-form buckets of an organization's names.
  private func organizationBuckets(
    _ names: ClusterNames.List, hasLongName: Bool, into own: inout Set<String>
  ) {
    if !hasLongName, let least = names.filter(\.isAcronym).map(\.text).min() { own.insert("u|" + least) }
    for name in names {
      if name.isAcronym {
        if hasLongName { own.insert("d|" + name.text) }
        continue
      }
      own.insert("i|" + name.initials)
      let words = name.words
      if words.count >= 2 {
        own.insert("s|" + words.joined(separator: " "))
        if words.count == 2 && words[1] == "ministry" { own.insert("m|" + words[0]) }
      }
      guard words.count >= 3 else { continue }
      var holdingFrom = words.count
      while holdingFrom > 0 && Resolver.holdingWords.contains(words[holdingFrom - 1]) { holdingFrom -= 1 }
      for k in 2..<words.count where words[k] == "of" || words[k] == "for" || k >= holdingFrom {
        own.insert("t|" + words[..<k].joined(separator: " "))
      }
      if words[0] == "ministry" && words[1] == "of" { own.insert("n|" + words[2]) }
    }
  }
}
