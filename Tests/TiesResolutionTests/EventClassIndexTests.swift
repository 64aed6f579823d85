import Testing

@testable import TiesResolution

@Suite("Event class index")
struct EventClassIndexTests {
  /// Every class whose words include a class's own and that matches it is among that class's
  /// candidates, on random classes of few ordinals, years, words and organizers (so that most
  /// pairs share some of them); candidates come ascending, each once.
  @Test func candidatesHoldEveryMatchOfAllTheWords() {
    var random = UnionFindTests.SplitMix(state: 11)
    let vocabulary = ["trade", "summit", "energy", "forum"]
    for _ in 0..<40 {
      var classes: [EventClass] = []
      var seen = Set<EventClass.Identity>()
      for n in 0..<60 {
        let ordinal = [nil, 3, 12][random.next(3)]
        let year = [nil, 2024, 2025][random.next(3)]
        let words = Set(vocabulary.filter { _ in random.next(2) == 0 })
        let organizers = Set([1, 2, 3].filter { _ in random.next(3) == 0 })
        let identity = EventClass.Identity(ordinal: ordinal, year: year, words: words, organizers: organizers)
        if seen.insert(identity).inserted { classes.append(EventClass(identity: identity, members: [n])) }
      }
      let index = EventClassIndex(classes)
      for (a, e) in classes.enumerated() {
        let candidates = index.candidates(for: e.identity)
        #expect(candidates == Array(Set(candidates)).sorted())
        let expected = classes.indices.filter { b in
          e.identity.words.isSubset(of: classes[b].identity.words) && e.identity.matches(classes[b].identity)
        }
        let missing = Set(expected).subtracting(candidates)
        #expect(missing.isEmpty, "\(e.identity) misses \(missing.map { classes[$0].identity })")
        #expect(candidates.contains(a))
      }
    }
  }

  /// Years, ordinals and organizers past 32 bits share a key part with others: a class is
  /// still offered every class it matches, and itself.
  @Test func valuesPast32BitsLoseNoCandidate() {
    let huge = [Int.min, -5_000_000_000, 5_000_000_000, 5_000_000_001, Int.max]
    var classes: [EventClass] = []
    for (n, value) in (huge + [2025]).enumerated() {
      for ordinal in [nil, value] {
        let identity = EventClass.Identity(
          ordinal: ordinal, year: value, words: ["harbour", "forum"], organizers: [value == 2025 ? 7 : value])
        classes.append(EventClass(identity: identity, members: [classes.count + n]))
      }
    }
    classes.append(
      EventClass(
        identity: EventClass.Identity(ordinal: nil, year: nil, words: ["harbour", "forum"], organizers: []),
        members: [99]))
    let index = EventClassIndex(classes)
    for (a, e) in classes.enumerated() {
      let candidates = index.candidates(for: e.identity)
      let expected = classes.indices.filter { e.identity.matches(classes[$0].identity) }
      #expect(Set(expected).isSubset(of: candidates), "\(e.identity)")
      #expect(candidates.contains(a))
    }
  }

  /// Candidates are narrowed: a class of a known year and organizer is not offered the classes
  /// of another year or of other organizers only.
  @Test func candidatesLeaveOutOtherYearsAndOtherOrganizers() {
    func identity(_ year: Int?, _ organizers: Set<Int>) -> EventClass.Identity {
      EventClass.Identity(ordinal: 5, year: year, words: ["trade", "forum"], organizers: organizers)
    }
    let classes = [
      identity(2024, [1]), identity(2025, [1]), identity(2024, [2]), identity(2024, []),
      identity(nil, [1, 2]),
    ].enumerated().map { EventClass(identity: $0.element, members: [$0.offset]) }
    let index = EventClassIndex(classes)
    #expect(index.candidates(for: classes[0].identity) == [0, 3, 4])
    #expect(index.candidates(for: classes[3].identity) == [0, 2, 3, 4])
    #expect(index.candidates(for: classes[4].identity) == [0, 1, 2, 3, 4])
  }
}
