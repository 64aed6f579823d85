/// Interns the words of the articles: each distinct surface form ("Chairman", "57th", ",") is
/// turned into a `Token` once — its text, lower-case form, kind, case flags and lexicon
/// classes — and every later occurrence copies that prototype instead of building strings and
/// hashing them again.
///
/// The table is keyed by the word's Unicode scalars with FNV-1a and open addressing, so a
/// look-up never builds a `String` nor runs Swift's (seeded SipHash) string hashing; news text
/// repeats most of its words, so nearly every token is a hit.
///
/// Memory: about 100 bytes per distinct word plus its scalars. The table is emptied when it
/// holds `capacityLimit` words, so a long stream of unusual words cannot grow it without end.
/// Not thread-safe: one table per thread (`Vocabulary` hands it out under a lock).
struct WordTable {
  /// Classifies a word the table has not seen; `nil` leaves `Token.wordClass` empty.
  let classify: ((String) -> WordClass)?
  let capacityLimit: Int

  /// Small to start with: a throwaway table (one lexicon phrase, one test sentence) costs
  /// next to nothing, and a long-lived one doubles as it fills.
  static let initialSlots = 64

  /// Slot → prototype index + 1 (0: empty). The slot count is a power of two.
  private var slots: [Int32]
  private var prototypes: [Token] = []
  private var hashes: [UInt64] = []
  /// Where each prototype's scalars sit in `scalarPool`.
  private var keyStarts: [Int32] = []
  private var keyLengths: [Int] = []
  private var scalarPool: [UInt32] = []

  init(classify: ((String) -> WordClass)?, capacityLimit: Int = 200_000) {
    self.classify = classify
    self.capacityLimit = capacityLimit
    slots = [Int32](repeating: 0, count: WordTable.initialSlots)
  }

  /// Number of distinct words held.
  var count: Int { prototypes.count }

  /// The token for `text[lo..<hi]`, made with `make` the first time that surface form is seen.
  /// - Complexity: O(hi − lo) expected.
  mutating func token(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, _ lo: Int, _ hi: Int, make: (String) -> Token.Kind
  ) -> Token {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for k in lo..<hi { hash = (hash ^ UInt64(text[k].value)) &* 0x100_0000_01b3 }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    while true {
      let entry = Int(slots[slot])
      if entry == 0 { break }
      let p = entry - 1
      if hashes[p] == hash && keyLengths[p] == hi - lo
        && scalarPool.withUnsafeBufferPointer({ pool in
          var k = 0
          let start = Int(keyStarts[p])
          while k < hi - lo && pool[start + k] == text[lo + k].value { k += 1 }
          return k == hi - lo
        })
      {
        var token = prototypes[p]
        token.start = lo
        token.end = hi
        return token
      }
      slot = (slot + 1) & mask
    }
    let raw = TextSearch.string(UnsafeBufferPointer(rebasing: text[lo..<hi]))
    var token = Token(start: lo, end: hi, text: raw, kind: make(raw))
    if let classify {
      token.wordClass = classify(token.lower).union(.classified)
    }
    if prototypes.count >= capacityLimit { removeAll() }
    insert(token, hash: hash, text, lo, hi)
    return token
  }

  private mutating func insert(
    _ token: Token, hash: UInt64, _ text: UnsafeBufferPointer<Unicode.Scalar>, _ lo: Int, _ hi: Int
  ) {
    // Keep the load factor under one half.
    if (prototypes.count + 1) * 2 > slots.count { grow() }
    keyStarts.append(Int32(scalarPool.count))
    keyLengths.append(hi - lo)
    for k in lo..<hi { scalarPool.append(text[k].value) }
    prototypes.append(token)
    hashes.append(hash)
    place(prototypes.count - 1)
  }

  private mutating func place(_ p: Int) {
    let mask = slots.count - 1
    let hash = hashes[p]
    var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(p + 1)
  }

  private mutating func grow() {
    slots = [Int32](repeating: 0, count: slots.count * 2)
    for p in prototypes.indices { place(p) }
  }

  private mutating func removeAll() {
    slots = [Int32](repeating: 0, count: WordTable.initialSlots)
    prototypes.removeAll(keepingCapacity: true)
    hashes.removeAll(keepingCapacity: true)
    keyStarts.removeAll(keepingCapacity: true)
    keyLengths.removeAll(keepingCapacity: true)
    scalarPool.removeAll(keepingCapacity: true)
  }
}
