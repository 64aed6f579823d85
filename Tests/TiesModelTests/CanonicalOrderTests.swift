import Testing
import TiesModel

/// `KnowledgeGraph.canonicalize` orders relations as a stable sort by `RelationKey` would,
/// whatever the ids and roles hold (non-ASCII, prefixes of one another, canonically
/// equivalent spellings, no role).
struct CanonicalOrderTests {
  /// A seeded generator, so that a failure repeats.
  struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
  func relationsFollowTheirKeysStably(_ seed: UInt64) {
    var random = SplitMix(state: seed)
    let ids: [EntityID] = [
      "p-kim", "p-kim-yoon", "p-ki", "c-z", "pl-seoul", "p-\u{C724}", "p-caf\u{E9}", "p-cafe\u{301}", "a-",
    ]
    let predicates: [Predicate] = [.affiliatedWith, .attended, .organized, .heldIn, Predicate(rawValue: "a")]
    let roles: [String?] = [
      nil, "", "chairman", "chair", "Chairman", "\u{D68C}\u{C7A5}", "r\u{E9}", "re\u{301}",
    ]
    func any<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
    let relations = (0..<400).map { n in
      Relation(
        subject: any(ids), predicate: any(predicates), object: any(ids), role: any(roles),
        confidence: Double(n))
    }
    var graph = KnowledgeGraph(relations: relations)
    graph.canonicalize()
    let expected = relations.enumerated().sorted {
      $0.element.key < $1.element.key || (!($1.element.key < $0.element.key) && $0.offset < $1.offset)
    }.map(\.element)
    #expect(graph.relations == expected)
    // What `canonicalize` gives is recognised as canonical, and the shuffled input is not.
    #expect(KnowledgeGraph.inCanonicalOrder(graph.relations))
    #expect(!KnowledgeGraph.inCanonicalOrder(relations))
    // One relation moved out of place is found.
    var moved = graph.relations
    if let i = moved.indices.dropFirst().first(where: { moved[$0 - 1].key < moved[$0].key }) {
      moved.swapAt(i - 1, i)
      #expect(!KnowledgeGraph.inCanonicalOrder(moved))
    } else {
      Issue.record("400 random relations should hold two keys in order")
    }
  }
}
