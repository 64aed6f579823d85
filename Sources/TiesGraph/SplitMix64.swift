/// A small, fast, seeded generator (Steele, Lea and Flood's SplitMix64) whose output is the
/// same on every platform, so seeded algorithms give the same result everywhere.
package struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  package init(seed: UInt64) { state = seed }

  package mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform integer in `0..<bound` (Lemire's multiply-shift, with rejection).
  package mutating func below(_ bound: Int) -> Int {
    precondition(bound > 0, "bound must be positive")
    let b = UInt64(bound)
    var m = next().multipliedFullWidth(by: b)
    if m.low < b {
      let threshold = (0 &- b) % b
      while m.low < threshold { m = next().multipliedFullWidth(by: b) }
    }
    return Int(m.high)
  }

  /// A uniform double in `[0, 1)`.
  package mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

  /// Shuffles `a` in place (Fisher–Yates), identically on every platform.
  package mutating func shuffle<T>(_ a: inout [T]) {
    var i = a.count
    while i > 1 {
      let j = below(i)
      i -= 1
      a.swapAt(i, j)
    }
  }
}
