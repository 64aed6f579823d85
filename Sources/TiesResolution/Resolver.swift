import TiesModel

/// Merges what the articles name as one thing into entities, and their relations into one
/// graph.
///
/// Merges: the same name across articles (case, hyphens, legal suffixes folded), acronyms
/// with their expansions, East Asian names in either order (when a family-name list or a
/// shared affiliation corroborates it), romanization variants of Korean family names (with a
/// shared affiliation or event), a short form of an organization ("Japan Chamber", "Trade
/// Ministry", "Asahi Group") with the one full name it abbreviates, events of the same series,
/// ordinal and year. Keeps apart events of other ordinals or series, and people or
/// organizations that merely share a word.
///
/// Every rule finds the clusters it may merge through an index (by key, acronym, initials,
/// name prefix, event word, romanized name, affiliation), never by comparing all pairs, and
/// names are split into words once (`ClusterNames`).
public struct Resolver: Sendable {
  public let knowledge: ResolutionKnowledge

  public init(knowledge: ResolutionKnowledge) { self.knowledge = knowledge }

  /// The resolved graph and the extractions with every mention's `entity` set.
  public struct Result: Sendable {
    public var graph: KnowledgeGraph
    public var extractions: [DocumentExtraction]
  }

  /// Resolves the mentions of all `extractions` into entities and assembles the graph.
  /// - Complexity: O(m log m + L) for m mentions and relations and L characters of distinct
  ///   names, plus what each rule states beyond that (near-linear for news: the size of the
  ///   buckets in which rules look for a partner, not the number of pairs of clusters).
  public func resolve(_ extractions0: [DocumentExtraction]) -> Result {
    let extractions = extractions0.sorted { $0.document.name < $1.document.name }
    var clusters = Clusters(extractions)
    var uf = merge(clusters, extractions)
    clusters.assignRoots(&uf)
    return Assembly(knowledge: knowledge).build(clusters: clusters, extractions: extractions)
  }

  /// Applies every merge rule, in order, and returns the merged sets.
  func merge(_ clusters: Clusters, _ extractions: [DocumentExtraction]) -> UnionFind {
    var uf = UnionFind(count: clusters.all.count)
    let names = ClusterNames(clusters)
    mergeSameKeys(clusters, &uf)
    mergeAcronyms(clusters, names, &uf)
    mergeShortForms(clusters, names, &uf)
    let organizers = tiedRoots(clusters, extractions, &uf, predicates: [.organized], keyedByObject: true)
    mergeEvents(clusters, organizers: organizers, &uf)
    let affiliations = tiedRoots(clusters, extractions, &uf, predicates: [.affiliatedWith, .attended])
    mergePeople(clusters, names, affiliations: affiliations, &uf)
    return uf
  }

  /// For each cluster at one end of the relations with these predicates (the object end when
  /// `keyedByObject`), the roots of the clusters at the other end: the organizers of each
  /// event, or the organizations and events each person is tied to.
  /// - Complexity: O(r) expected for r relations.
  func tiedRoots(
    _ c: Clusters, _ extractions: [DocumentExtraction], _ uf: inout UnionFind,
    predicates: Set<Predicate>, keyedByObject: Bool = false
  ) -> [Int: Set<Int>] {
    var out: [Int: Set<Int>] = [:]
    for e in extractions {
      for r in e.relations where predicates.contains(r.predicate) {
        guard let s = c.index[ClusterID(document: e.document.name, key: r.subject)],
          let o = c.index[ClusterID(document: e.document.name, key: r.object)]
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
}
