import Foundation
import Testing
import TiesExtraction
import TiesGraph
import TiesModel
import TiesTestSupport

@testable import TiesResolution

/// The indexed merge rules against the all-pairs rules they replaced (`AllPairsResolver`):
/// the same sets with the same roots, so the same entities, ids and relations.
struct ResolverEquivalenceTests {
  /// The folder above the repository, where `../shared` lives when it is there.
  static let repository = SharedMaterial.repository
  static let shared = SharedMaterial.shared
  static let generator = SharedMaterial.generator

  static func exists(_ path: String) -> Bool { SharedMaterial.exists(path) }

  @Test func sampleCorpus() throws {
    try expectSameResolution(Self.repository + "/corpus")
  }

  @Test(.enabled(if: exists(shared + "/corpus/seeds"), "../shared/corpus/seeds is not beside the repository"))
  func seedArticles() throws {
    try expectSameResolution(Self.shared + "/corpus/seeds")
  }

  @Test(.enabled(if: exists(shared + "/corpus/dev"), "../shared/corpus/dev is not beside the repository"))
  func devArticles() throws {
    try expectSameResolution(Self.shared + "/corpus/dev")
  }

  /// A few hundred generated articles: people, companies and series recur across articles,
  /// names in both orders, acronyms defined in one article and used alone in others.
  @Test(
    .enabled(if: exists(generator) && python3 != nil, "python3 or ../shared/bench/corpus_gen.py is missing"))
  func generatedArticles() throws {
    let directory = try TemporaryDirectory(prefix: "ties-resolution-generated")
    for seed in [1, 7] {
      let folder = directory.appending("seed\(seed)")
      try generate(articles: 250, seed: seed, into: folder)
      try expectSameResolution(folder)
    }
  }

  // MARK: - Helpers

  static let python3 = SharedMaterial.python3

  func generate(articles: Int, seed: Int, into folder: String) throws {
    try SharedMaterial.generate(articles: articles, seed: seed, into: folder)
  }

  /// Extracts every article under `folder`, resolves it with both rule sets and expects the
  /// same root for every cluster and the same resolved graph and mentions.
  func expectSameResolution(_ folder: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let lexicon = try Harness.builtIn.get()
    let extractor = Extractor(lexicon: lexicon)
    let extractions = try InputFiles.collect([folder]).map { try extractor.extract(file: $0) }
      .sorted { $0.document.name < $1.document.name }
    let resolver = try Harness.resolver()
    var clusters = Clusters(extractions)
    var given = extractions
    var relations = CompactRelations(&given, releasing: false)
    relations.resolveEnds(clusters, order: Array(extractions.indices))
    var indexed = resolver.merge(clusters, relations)
    var allPairs = AllPairsResolver(knowledge: resolver.knowledge).merge(clusters, extractions)
    var differing: [String] = []
    for i in clusters.all.indices where indexed.find(i) != allPairs.find(i) {
      let a = indexed.find(i)
      let b = allPairs.find(i)
      differing.append(
        "\(clusters.all[i].document) \(clusters.key(i)): \(clusters.all[a].document) \(clusters.key(a))"
          + " ≠ \(clusters.all[b].document) \(clusters.key(b))")
    }
    #expect(
      differing.isEmpty, "\(differing.count) clusters differ: \(differing.prefix(10))",
      sourceLocation: sourceLocation)

    let result = resolver.resolve(extractions)
    clusters.assignRoots(&allPairs)
    let reference = Assembly(knowledge: resolver.knowledge).build(
      clusters: clusters, extractions: extractions,
      relations: relations)
    // Compared apart from #expect, which would print both graphs.
    let sameGraph = result.graph == reference.graph
    let sameMentions = result.extractions == reference.extractions
    #expect(sameGraph, "the resolved graphs differ", sourceLocation: sourceLocation)
    #expect(sameMentions, "the resolved mentions differ", sourceLocation: sourceLocation)
    // Without mention entities: the same graph, and each cluster's entity is its mentions'.
    let lean = resolver.resolve(extractions, settingMentionEntities: false)
    #expect(lean.extractions.isEmpty, sourceLocation: sourceLocation)
    let sameLeanGraph = lean.graph == result.graph
    #expect(sameLeanGraph, "the graph differs without mention entities", sourceLocation: sourceLocation)
    #expect(lean.clusterEntities.count == clusters.all.count, sourceLocation: sourceLocation)
    let misplaced = result.extractions.flatMap { e in
      e.mentions.filter {
        $0.entity != lean.clusterEntities.entity(document: e.document.name, localKey: $0.localKey)
      }
    }
    #expect(misplaced.isEmpty, "\(misplaced.count) mentions differ", sourceLocation: sourceLocation)
    // The mentions and relations given apart, as a build holds them, and in another order
    // than the resolver's: the same graph and cluster entities.
    let mentionsOf = Dictionary(extractions.map { ($0.document.name, $0.mentions) }, uniquingKeysWith: +)
    var generator = SplitMix64(seed: 3)
    let shuffled = extractions.shuffled(using: &generator)
    var apartRelations = CompactRelations()
    for extraction in shuffled { apartRelations.append(extraction.relations, of: extraction.document.name) }
    let apart = resolver.resolve(
      shuffled.map {
        DocumentExtraction(document: $0.document, sentences: [], mentions: [], relations: [], misses: [])
      },
      relations: apartRelations, mentionsOf: { mentionsOf[$0.document.name] ?? [] })
    let sameApartGraph = apart.graph == result.graph
    #expect(sameApartGraph, "the graph differs with mentions given apart", sourceLocation: sourceLocation)
    #expect(
      apart.clusterEntities.all.elementsEqual(lean.clusterEntities.all, by: ==),
      sourceLocation: sourceLocation)
    #expect(result.extractions.allSatisfy { $0.mentions.allSatisfy { $0.entity != nil } })
    // The corpus exercises merging across articles at all.
    #expect(
      result.graph.entities.count < Set(clusters.all.indices.map(clusters.key)).count,
      sourceLocation: sourceLocation)
  }
}
