import Testing

@testable import TiesResolution

@Suite("Union-find")
struct UnionFindTests {
  /// A small deterministic generator (SplitMix64), so failures reproduce.
  struct SplitMix {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(bound))
    }
  }

  /// `unionCliques` gives the roots that unioning every pair sharing a group, in
  /// lexicographic order, gives, whatever was merged before.
  @Test(arguments: 0..<200)
  func cliquesKeepTheRootsOfPairwiseUnions(seed: Int) {
    var random = SplitMix(state: UInt64(seed))
    let n = 2 + random.next(40)
    var before = UnionFind(count: n)
    for _ in 0..<random.next(n) { before.union(random.next(n), random.next(n)) }
    let groups = (0..<random.next(8)).map { _ in (0..<random.next(6)).map { _ in random.next(n) } }

    var pairwise = before
    for i in 0..<n {
      for j in (i + 1)..<max(n, i + 1) where groups.contains(where: { $0.contains(i) && $0.contains(j) }) {
        pairwise.union(i, j)
      }
    }
    var cliques = before
    cliques.unionCliques(groups)
    #expect((0..<n).map { pairwise.find($0) } == (0..<n).map { cliques.find($0) }, "groups \(groups)")
  }

  @Test func soleRootIgnoresTheExcludedRootAndRepeats() {
    var uf = UnionFind(count: 5)
    uf.union(1, 2)
    #expect(uf.soleRoot(among: [1, 2, 1]) == uf.find(1))
    #expect(uf.soleRoot(among: [1, 3]) == nil)
    #expect(uf.soleRoot(among: [1, 3], excluding: uf.find(3)) == uf.find(1))
    #expect(uf.soleRoot(among: []) == nil)
  }
}
