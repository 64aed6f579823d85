import Testing
import TiesGraph
import TiesModel

@testable import TiesResolution

/// `Tally` gives the totals a dictionary gives, for the same additions.
@Suite("Tally")
struct TallyTests {
  @Test func totalsAreThoseOfADictionary() {
    var random = SplitMix64(seed: 11)
    for round in 0..<500 {
      var tally = Tally<String, Int>()
      var dictionary: [String: Int] = [:]
      // Few distinct keys, so that most rounds repeat the first one and some hold several.
      let distinct = 1 + Int(random.next() % 4)
      var firstAdded: String?
      for _ in 0..<Int(random.next() % 7) {
        let key = "k\(random.next() % UInt64(distinct))"
        let value = Int(random.next() % 5)
        tally.add(key, value)
        dictionary[key, default: 0] += value
        firstAdded = firstAdded ?? key
      }
      #expect(tally.count == dictionary.count, "round \(round)")
      #expect(tally.isEmpty == dictionary.isEmpty)
      #expect(Dictionary(uniqueKeysWithValues: tally.map { ($0.key, $0.value) }) == dictionary)
      #expect(Set(tally.keys) == Set(dictionary.keys) && tally.keys.count == dictionary.count)
      #expect(tally.keys.first == firstAdded, "the first key added comes first")
      for key in ["k0", "k1", "k2", "k3", "absent"] { #expect(tally[key] == dictionary[key]) }
      #expect(Dictionary(uniqueKeysWithValues: Tally(dictionary).map { ($0.key, $0.value) }) == dictionary)
    }
  }

  /// Confidences summed in the order they come, as a dictionary sums them: the same doubles.
  @Test func sumsDoublesInTheOrderAdded() {
    var tally = Tally<EntityType, Double>()
    var dictionary: [EntityType: Double] = [:]
    let votes: [(EntityType, Double)] = [
      (.company, 0.1), (.person, 0.7), (.company, 0.2), (.company, 0.3), (.person, 0.1), (.place, 1e-17),
    ]
    for (type, vote) in votes {
      tally.add(type, vote)
      dictionary[type, default: 0] += vote
    }
    #expect(tally[.company] == dictionary[.company] && tally[.person] == dictionary[.person])
    #expect(tally[.place] == 1e-17 && tally[.event] == nil)
    #expect(tally.count == 3)
  }
}
