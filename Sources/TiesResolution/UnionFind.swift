/// Disjoint sets over 0..<n with path halving and union by size.
/// - Complexity: near O(1) amortized per operation.
struct UnionFind {
  private var parent: [Int]
  private var size: [Int]

  init(count: Int) {
    parent = Array(0..<count)
    size = Array(repeating: 1, count: count)
  }

  mutating func find(_ x0: Int) -> Int {
    var x = x0
    while parent[x] != x {
      parent[x] = parent[parent[x]]
      x = parent[x]
    }
    return x
  }

  /// Joins the sets of `a` and `b`; the smaller index stays the root when sizes tie, so the
  /// result does not depend on the order of calls.
  mutating func union(_ a: Int, _ b: Int) {
    var ra = find(a)
    var rb = find(b)
    if ra == rb { return }
    if size[ra] < size[rb] || (size[ra] == size[rb] && rb < ra) { swap(&ra, &rb) }
    parent[rb] = ra
    size[ra] += size[rb]
  }
}
