import Testing
import TiesGraph
import TiesModel

@testable import TiesResolution

/// How `Clusters` numbers and finds the clusters of many documents, gathered on several
/// threads, and how `Assembly` orders a relation's evidence.
@Suite("Cluster index")
struct ClusterIndexTests {
  /// A document whose mentions name `keys` in this order (a key may repeat).
  static func extraction(_ name: String, _ keys: [String]) -> DocumentExtraction {
    let mentions = keys.enumerated().map { n, key in
      Mention(
        text: "Name \(key)", type: .company,
        evidence: Evidence(
          document: name, sentence: n, start: 10 * n, end: 10 * n + 5, rule: "r", confidence: 0.5),
        localKey: key)
    }
    return DocumentExtraction(
      document: Document(name: name, path: name, contentHash: "", dateline: nil, headline: nil),
      sentences: [], mentions: mentions, relations: [], misses: [])
  }

  /// The numbering `Clusters` promises: documents in the order given, then keys by first
  /// mention; counted here one mention at a time.
  static func expectedOrder(_ extractions: [DocumentExtraction]) -> [(
    document: String, key: String, mentions: Int
  )] {
    var out: [(document: String, key: String, mentions: Int)] = []
    for e in extractions {
      for m in e.mentions {
        if let i = out.firstIndex(where: { $0.document == e.document.name && $0.key == m.localKey }) {
          out[i].mentions += 1
        } else {
          out.append((e.document.name, m.localKey, 1))
        }
      }
    }
    return out
  }

  @Test("few documents, gathered on one thread", arguments: [3, 200])
  func numbersClustersByDocumentThenFirstMention(documents: Int) {
    // Every document names a few keys, some twice, some shared with other documents.
    let extractions = (0..<documents).map { d in
      Self.extraction(
        "doc\(String(format: "%04d", d)).txt",
        ["o:k\(d % 7)", "p:x", "o:k\(d % 7)", "o:own\(d)", "p:x", "ev:1:2020:fair"])
    }
    let clusters = Clusters(extractions)
    let expected = Self.expectedOrder(extractions)
    #expect(clusters.all.count == expected.count)
    for (i, want) in expected.enumerated() {
      #expect(
        clusters.index.documents[Int(clusters.all[i].document)] == want.document
          && clusters.key(i) == want.key)
      #expect(clusters.all[i].mentionCount == want.mentions)
      #expect(clusters.index.cluster(document: want.document, key: want.key) == i)
    }
    for n in extractions.indices {
      for m in extractions[n].mentions {
        let i = clusters.node(extractionAt: n, m.localKey)
        #expect(i == clusters.node(extractions[n].document.name, m.localKey))
        #expect(i.map { clusters.key($0) } == m.localKey)
      }
      #expect(clusters.node(extractionAt: n, "o:absent") == nil)
    }
    #expect(clusters.index.cluster(document: "absent.txt", key: "p:x") == nil)
    #expect(
      clusters.index.keys(count: clusters.all.count).map { "\($0.document) \($0.key)" }
        == expected.map { "\($0.document) \($0.key)" })
    let event = clusters.index.cluster(document: extractions[0].document.name, key: "ev:1:2020:fair")
    #expect(
      event.flatMap { clusters.all[$0].event.map { "\($0.ordinal ?? 0) \($0.year ?? 0) \($0.words)" } }
        == "1 2020 [\"fair\"]")
    #expect(clusters.all[0].event == nil)
  }

  @Test("many keys of a document, in any order, are each found, and no other key is")
  func keysFoundByBinarySearch() {
    // Keys named out of their order, with a document of no mention between two others.
    var generator = SplitMix64(seed: 7)
    let keys = (0..<300).map { "o:key \($0 * 7 % 300)" }.shuffled(using: &generator)
    let extractions = [
      Self.extraction("a.txt", keys), Self.extraction("b.txt", []),
      Self.extraction("c.txt", ["p:caf\u{E9}", "o:\u{4E2D}\u{56FD}", "ev:1:2020:fair"]),
    ]
    let clusters = Clusters(extractions)
    for (i, key) in keys.enumerated() {
      #expect(clusters.index.cluster(document: "a.txt", key: key) == i)
    }
    for absent in ["", "a", "o:key 3000", "o:key 15x", "z"] {
      #expect(clusters.index.cluster(document: "a.txt", key: absent) == nil)
    }
    #expect(clusters.index.cluster(document: "b.txt", key: keys[0]) == nil)
    #expect(clusters.index.cluster(document: "c.txt", key: "o:\u{4E2D}\u{56FD}") == 301)
    // Keys are Swift strings: a decomposed "é" is the key written with the composed one, as
    // a dictionary of keys would have it.
    #expect(clusters.index.cluster(document: "c.txt", key: "p:cafe\u{301}") == 300)
    #expect(
      clusters.index.keys(count: clusters.count).map(\.key) == keys + [
        "p:caf\u{E9}", "o:\u{4E2D}\u{56FD}", "ev:1:2020:fair",
      ])
  }

  @Test("extractions of one document name are one document")
  func sameNameIsOneDocument() {
    let extractions = [
      Self.extraction("a.txt", ["o:x"]), Self.extraction("b.txt", ["o:x", "p:y"]),
      Self.extraction("b.txt", ["p:y", "o:z"]),
    ]
    let clusters = Clusters(extractions)
    #expect(
      clusters.all.indices.map {
        "\(clusters.index.documents[Int(clusters.all[$0].document)]) \(clusters.key($0)) \(clusters.all[$0].mentionCount)"
      } == [
        "a.txt o:x 1", "b.txt o:x 1", "b.txt p:y 2", "b.txt o:z 1",
      ])
    #expect(clusters.node(extractionAt: 2, "o:x") == 1)
    #expect(clusters.node(extractionAt: 1, "o:z") == 3)
  }

  @Test("a fixed cluster is found by its document and key, past the clusters")
  func fixedClusters() {
    let extractions = [Self.extraction("a.txt", ["o:x"]), Self.extraction("b.txt", ["p:y"])]
    var clusters = Clusters(extractions)
    let entity = EntityID(type: .company, key: "other")
    // The second is a cluster of the extractions already: it stays one.
    clusters.fix([
      Resolver.FixedCluster(document: "b.txt", key: "o:far", entity: entity, type: .company),
      Resolver.FixedCluster(document: "a.txt", key: "o:x", entity: entity, type: .company),
    ])
    #expect(clusters.node(extractionAt: 1, "o:far") == clusters.all.count)
    #expect(clusters.node("b.txt", "o:far") == clusters.all.count)
    #expect(clusters.node(extractionAt: 0, "o:far") == nil)
    #expect(clusters.node(extractionAt: 0, "o:x") == 0)
    #expect(clusters.fixedEntities.count == 1)
  }

  @Test("clusters that let go of their members still find every node, fixed ones past them")
  func releasedMembers() {
    let extractions = [Self.extraction("a.txt", ["o:x", "p:y"]), Self.extraction("b.txt", ["p:y"])]
    var clusters = Clusters(extractions)
    let entity = EntityID(type: .company, key: "other")
    clusters.fix([Resolver.FixedCluster(document: "a.txt", key: "o:far", entity: entity, type: .company)])
    clusters.releaseMembers()
    #expect(clusters.all.isEmpty)
    #expect(clusters.count == 3)
    #expect(clusters.node(extractionAt: 0, "p:y") == 1)
    #expect(clusters.node(extractionAt: 1, "p:y") == 2)
    #expect(clusters.node(extractionAt: 0, "o:far") == 3)
    #expect(clusters.node("a.txt", "o:far") == 3)
    #expect(clusters.node(extractionAt: 1, "o:far") == nil)
  }

  @Test("relation ends by number: a fixed entity of a resolved id is that entity, with its own type")
  func endpointNumbers() {
    let extractions = [Self.extraction("a.txt", ["o:x", "o:y"]), Self.extraction("b.txt", ["o:x"])]
    var clusters = Clusters(extractions)
    let x = EntityID(type: .company, key: "x")
    let y = EntityID(type: .association, key: "y")
    let far = EntityID(type: .event, key: "far")
    clusters.fix([
      Resolver.FixedCluster(document: "b.txt", key: "o:far", entity: far, type: .event),
      Resolver.FixedCluster(document: "b.txt", key: "o:same", entity: y, type: .place),
    ])
    var uf = UnionFind(count: clusters.all.count)
    uf.union(0, 2)  // "o:x" of both documents
    clusters.assignRoots(&uf)
    let entities = [
      Entity(id: x, name: "X", type: .company, aliases: [], date: nil, mentionCount: 2),
      Entity(id: y, name: "Y", type: .association, aliases: [], date: nil, mentionCount: 1),
    ]
    var numberOfRoot = [Int32](repeating: 0, count: clusters.all.count)
    numberOfRoot[uf.find(1)] = 1
    let endpoints = Endpoints(clusters, entities: entities, numberOfRoot: numberOfRoot)
    let farNode = clusters.node("b.txt", "o:far")!
    let sameNode = clusters.node("b.txt", "o:same")!
    #expect(endpoints.number(ofNode: 0) == 0 && endpoints.number(ofNode: 2) == 0)
    #expect(endpoints.number(ofNode: 1) == 1 && endpoints.type(ofNode: 1) == .association)
    #expect(endpoints.number(ofNode: farNode) == 2 && endpoints.ids[2] == far)
    #expect(endpoints.type(ofNode: farNode) == .event)
    #expect(endpoints.number(ofNode: sameNode) == 1 && endpoints.type(ofNode: sameNode) == .place)
  }

  @Test("a relation's evidence is sorted, each item once, ties in confidence order")
  func evidenceSortedDistinct() {
    func item(_ document: String, _ sentence: Int, _ confidence: Double) -> Evidence {
      Evidence(
        document: document, sentence: sentence, start: sentence, end: sentence + 1, rule: "r",
        confidence: confidence)
    }
    let given = [
      item("b", 1, 0.5), item("a", 2, 0.5), item("b", 1, 0.9), item("a", 2, 0.5), item("b", 1, 0.5),
      item("a", 1, 0.2),
    ]
    let out = Assembly.sortedDistinct(given)
    #expect(out == [item("a", 1, 0.2), item("a", 2, 0.5), item("b", 1, 0.5), item("b", 1, 0.9)])
    #expect(Set(out) == Set(given))
    #expect(Assembly.sortedDistinct([]) == [])
    // Given in order: the same items back; in order but with an item twice: once.
    #expect(Assembly.sortedDistinct(out) == out)
    #expect(Assembly.sortedDistinct([out[0], out[0], out[1]]) == [out[0], out[1]])
    #expect(Assembly.sortedDistinct([out[1], out[0]]) == [out[0], out[1]])
  }
}
