import TiesModel

@testable import TiesResolution

/// The Resolver's merge rules as they were before they worked through indexes: every rule
/// compares all pairs of candidate clusters and splits names again for each comparison.
/// Kept only here, as the reference the indexed rules must agree with, roots included.
struct AllPairsResolver {
  let knowledge: ResolutionKnowledge

  /// The merged sets, as `Resolver.merge` gives them.
  func merge(_ clusters: Clusters, _ extractions: [DocumentExtraction]) -> UnionFind {
    var uf = UnionFind(count: clusters.all.count)
    mergeSameKeys(clusters, &uf)
    mergeAcronyms(clusters, &uf)
    mergeShortForms(clusters, &uf)
    let organizers = tiedRoots(clusters, extractions, &uf, predicates: [.organized], keyedByObject: true)
    mergeEvents(clusters, organizers: organizers, &uf)
    let affiliations = tiedRoots(clusters, extractions, &uf, predicates: [.affiliatedWith, .attended])
    mergePeople(clusters, affiliations: affiliations, &uf)
    return uf
  }

  /// Has a name other than an acronym.
  static func hasLongName(_ cluster: Cluster) -> Bool {
    cluster.surfaces.keys.contains { !NameMatching.isAcronym($0) }
  }

  /// A person's most-written name of two words or more.
  static func fullName(_ cluster: Cluster) -> String? {
    cluster.surfaces.filter { NameMatching.words($0.key).count >= 2 }
      .max { ($0.value, $0.key.count, $1.key) < ($1.value, $1.key.count, $0.key) }?.key
  }

  func mergeSameKeys(_ c: Clusters, _ uf: inout UnionFind) {
    var first: [String: Int] = [:]
    for i in c.all.indices where !c.key(i).hasPrefix("ev:") {
      if let j = first[c.key(i)] { uf.union(j, i) } else { first[c.key(i)] = i }
    }
  }

  /// An acronym used alone joins the cluster that defined it or whose initials it is.
  func mergeAcronyms(_ c: Clusters, _ uf: inout UnionFind) {
    var definers: [String: [Int]] = [:]
    var byInitials: [String: [Int]] = [:]
    for (i, cluster) in c.all.enumerated() where cluster.isOrganizationLike {
      for name in cluster.surfaces.keys
      where NameMatching.isAcronym(name) && AllPairsResolver.hasLongName(cluster) {
        definers[name, default: []].append(i)
      }
      for name in cluster.surfaces.keys where !NameMatching.isAcronym(name) {
        byInitials[NameMatching.initials(name), default: []].append(i)
      }
    }
    // One article using one acronym for two spellings: "Korea Battery Industry Council (KBIC)"
    // and "South Korea Battery Industry Council (KBIC)".
    for (_, ids) in definers.sorted(by: { $0.key < $1.key }) {
      let byDocument = Dictionary(grouping: ids, by: { c.all[$0].document })
      for (_, same) in byDocument.sorted(by: { $0.key < $1.key }) where same.count > 1 {
        for other in same.dropFirst() { uf.union(same[0], other) }
      }
    }
    for (i, cluster) in c.all.enumerated()
    where cluster.isOrganizationLike && !AllPairsResolver.hasLongName(cluster) {
      guard let acronym = cluster.surfaces.keys.sorted().first(where: NameMatching.isAcronym) else {
        continue
      }
      var candidates = Set((definers[acronym] ?? []).map { uf.find($0) })
      if candidates.isEmpty { candidates = Set((byInitials[acronym] ?? []).map { uf.find($0) }) }
      if candidates.count == 1, let target = candidates.first { uf.union(target, i) }
    }
  }

  /// "Japan Chamber" ↔ "Japan Chamber of Commerce and Industry", "Trade Ministry" ↔ "Ministry
  /// of Trade, Industry and Energy", "Asahi Group" ↔ "Asahi Group Holdings", when exactly one
  /// full name fits.
  func mergeShortForms(_ c: Clusters, _ uf: inout UnionFind) {
    let organizations = c.all.indices.filter {
      c.all[$0].isOrganizationLike && AllPairsResolver.hasLongName(c.all[$0])
    }
    let holdingWords: Set<String> = [
      "holdings", "holding", "group", "corp", "corporation", "co", "company", "ltd", "inc",
    ]
    for i in organizations {
      for name in c.all[i].surfaces.keys where !NameMatching.isAcronym(name) {
        let short = NameMatching.words(name)
        guard short.count >= 2 else { continue }
        var candidates = Set<Int>()
        for j in organizations where j != i {
          for other in c.all[j].surfaces.keys {
            let long = NameMatching.words(other)
            guard long.count > short.count else { continue }
            if Array(long.prefix(short.count)) == short {
              let rest = long[short.count]
              if rest == "of" || rest == "for"
                || long.dropFirst(short.count).allSatisfy({ holdingWords.contains($0) })
              {
                candidates.insert(uf.find(j))
              }
            }
            // "Trade Ministry" ↔ "Ministry of Trade …".
            if short.count == 2, short[1] == "ministry", long.count >= 3, long[0] == "ministry",
              long[1] == "of",
              long[2] == short[0]
            {
              candidates.insert(uf.find(j))
            }
          }
        }
        candidates.remove(uf.find(i))
        if candidates.count == 1, let target = candidates.first { uf.union(target, i) }
      }
    }
  }

  /// For each event cluster, the roots of the organizations its article says organized it.
  /// Events merge when ordinals agree (or both are absent), years agree where known, the words
  /// of one series are among the other's, and their organizers, when both articles name some,
  /// share one: an event is its series, ordinal, organizers and year.
  func mergeEvents(_ c: Clusters, organizers: [Int: Set<Int>], _ uf: inout UnionFind) {
    let events = c.all.indices.filter { c.key($0).hasPrefix("ev:") }
    for (n, i) in events.enumerated() {
      guard let a = c.all[i].event else { continue }
      for j in events[(n + 1)...] {
        guard let b = c.all[j].event else { continue }
        guard a.ordinal == b.ordinal else { continue }
        if let ya = a.year, let yb = b.year, ya != yb { continue }
        if a.ordinal == nil && (a.year == nil || b.year == nil) && a.words != b.words { continue }
        if let oa = organizers[i], let ob = organizers[j], !oa.isEmpty, !ob.isEmpty,
          oa.isDisjoint(with: ob.map { uf.find($0) })
        {
          continue  // same name, other organizers: another event
        }
        if a.words.isSubset(of: b.words) || b.words.isSubset(of: a.words) { uf.union(i, j) }
      }
    }
  }

  /// For each cluster at one end of the relations with these predicates (the object end when
  /// `keyedByObject`), the roots of the clusters at the other end: the organizers of each
  /// event, or the organizations and events each person is tied to.
  func tiedRoots(
    _ c: Clusters, _ extractions: [DocumentExtraction], _ uf: inout UnionFind,
    predicates: Set<Predicate>, keyedByObject: Bool = false
  ) -> [Int: Set<Int>] {
    var out: [Int: Set<Int>] = [:]
    for e in extractions {
      for r in e.relations where predicates.contains(r.predicate) {
        guard let s = c.index.cluster(document: e.document.name, key: r.subject),
          let o = c.index.cluster(document: e.document.name, key: r.object)
        else { continue }
        if keyedByObject {
          out[o, default: []].insert(uf.find(s))
        } else {
          out[s, default: []].insert(uf.find(o))
        }
      }
    }
    return out
  }

  /// Reversed name order and romanization variants, with corroboration.
  func mergePeople(_ c: Clusters, affiliations: [Int: Set<Int>], _ uf: inout UnionFind) {
    let people = c.all.indices.filter {
      c.key($0).hasPrefix("p:") && AllPairsResolver.fullName(c.all[$0]) != nil
    }
    var buckets: [String: [Int]] = [:]
    for i in people {
      guard let name = AllPairsResolver.fullName(c.all[i]) else { continue }
      let key = NameMatching.romanizationKey(name)
      buckets[key.sorted().joined(separator: " "), default: []].append(i)
    }
    for (_, members) in buckets.sorted(by: { $0.key < $1.key }) where members.count > 1 {
      for (n, i) in members.enumerated() {
        for j in members[(n + 1)...] where uf.find(i) != uf.find(j) {
          guard let a = AllPairsResolver.fullName(c.all[i]), let b = AllPairsResolver.fullName(c.all[j])
          else { continue }
          let wa = NameMatching.words(a)
          let wb = NameMatching.words(b)
          let sharesTie = !(affiliations[i] ?? []).map { uf.find($0) }.filter { t in
            (affiliations[j] ?? []).contains { uf.find($0) == t }
          }.isEmpty
          if wa == wb {
            uf.union(i, j)  // same words: case or hyphen variant
          } else if wa == wb.reversed() && (sharesTie || wa.contains(where: knowledge.familyNames.contains)) {
            uf.union(i, j)  // "Ito Kenta" / "Kenta Ito"
          } else if sharesTie {
            uf.union(i, j)  // "Chey Tae-won" / "Choi Tae-won" with a shared affiliation
          }
        }
      }
    }
  }
}
