extension Resolver {
  /// Events that are one another's: ordinals agree (or both are absent), years agree where
  /// known, the words of one series are among the other's, and their organizers, when both
  /// articles name some, share one: an event is its series, ordinal, organizers and year.
  /// Without an ordinal, an event merges with another of other words only when both give
  /// their year. An event whose series has no words merges only with others of no words.
  ///
  /// Events of the same ordinal, year, words and organizers form a class, whose members all
  /// merge. Classes are indexed by ordinal and word, narrowed by year and organizer
  /// (`EventClassIndex`); a class looks for the classes whose words include its own among
  /// those that hold its least shared word and may share its year and an organizer. Merges
  /// are made as `UnionFind.unionCliques` makes them, so roots are the same as merging every
  /// pair in order.
  /// - Parameters:
  ///   - organizers: for each event cluster, the roots of the organizations its article says
  ///     organized it.
  /// - Complexity: O(e·w·(1 + o)) for e events of at most w words and o organizers, plus
  ///   O(w + c log c) per class for its c candidates (classes of its ordinal, year and
  ///   organizers that hold its rarest word), plus O(a log a) for the a members of classes
  ///   that merge.
  func mergeEvents(_ c: Clusters, organizers: [Int: Set<Int>], _ uf: inout UnionFind) {
    var classOf: [EventClass.Identity: Int] = [:]
    var classes: [EventClass] = []
    // Only a cluster of an event key (`ev:`) has an event.
    for i in c.all.indices {
      guard let event = c.all[i].event else { continue }
      let identity = EventClass.Identity(
        ordinal: event.ordinal, year: event.year, words: event.words, organizers: organizers[i] ?? [])
      if let n = classOf[identity] {
        classes[n].members.append(i)
      } else {
        classOf[identity] = classes.count
        classes.append(EventClass(identity: identity, members: [i]))
      }
    }
    let index = EventClassIndex(classes)
    var groups = classes.map(\.members)
    for (a, e) in classes.enumerated() {
      for b in index.candidates(for: e.identity) where b != a {
        guard e.identity.words.isSubset(of: classes[b].identity.words) else { continue }
        // Equal words are found from both sides; take them once.
        if e.identity.words == classes[b].identity.words && b < a { continue }
        if e.identity.matches(classes[b].identity) { groups.append(e.members + classes[b].members) }
      }
    }
    uf.unionCliques(groups)
  }
}

/// Events that merge with each other whatever their other qualities: the same ordinal, year,
/// words and organizers.
struct EventClass {
  struct Identity: Hashable {
    var ordinal: Int?
    var year: Int?
    var words: Set<String>
    /// Roots of the organizers; empty when the article names none.
    var organizers: Set<Int>

    /// Whether events of these two classes are one event.
    func matches(_ other: Identity) -> Bool {
      guard ordinal == other.ordinal else { return false }
      // A series of no words is nobody's part: such events merge only with their likes.
      if words.isEmpty != other.words.isEmpty { return false }
      if let y = year, let z = other.year, y != z { return false }
      if ordinal == nil && (year == nil || other.year == nil) && words != other.words { return false }
      if !organizers.isEmpty && !other.organizers.isEmpty && organizers.isDisjoint(with: other.organizers) {
        return false  // same name, other organizers: another event
      }
      return words.isSubset(of: other.words) || other.words.isSubset(of: words)
    }
  }

  var identity: Identity
  /// Event clusters, ascending.
  var members: [Int]
}

/// The event classes by ordinal and word, each list narrowed again by year and by organizer,
/// so that a class finds the classes that may match it without scanning those of other years
/// or organizers (which, in a long news stream, are most classes of a recurring series).
struct EventClassIndex {
  /// A posting list's key, in 16 bytes (a list per word, year and organizer of every class
  /// took 113 MB at 100,000 generated articles with the parts as optionals and the word as
  /// a string). `word` is the word's number, -1 for a series of no words (which matches
  /// only its likes); `year` and `organizer` are `Self.none` for classes without one, and
  /// `Self.any` where the list is not narrowed by that quality.
  struct Key: Hashable {
    var ordinal: Int32
    var word: Int32
    var year: Int32
    var organizer: Int32
  }

  static let any = Int32.min
  static let none = Int32.min + 1

  /// `value` as a key part: not narrowed (nil), none (`.some(nil)`) or the value. A value
  /// past 32 bits shares a part with others (or with `any`): its list then offers more
  /// candidates, never fewer, and `EventClass.Identity.matches` tells them apart.
  static func part(_ value: Int??) -> Int32 {
    switch value {
    case nil: return any
    case .some(nil): return none
    case .some(let value?): return Int32(clamping: value)
    }
  }

  private var lists: [Key: [Int32]] = [:]
  private var wordNumbers: [String: Int32] = [:]

  /// - Complexity: O(w·(1 + o)) per class of w words and o organizers.
  init(_ classes: [EventClass]) {
    for (n, e) in classes.enumerated() {
      let years: [Int32] = [Self.any, Self.part(.some(e.identity.year))]
      let organizers: [Int32] =
        e.identity.organizers.isEmpty
        ? [Self.any, Self.none] : [Self.any] + e.identity.organizers.sorted().map { Self.part(.some($0)) }
      let ordinal = Self.part(.some(e.identity.ordinal))
      for word in e.identity.words.isEmpty ? [-1] : e.identity.words.map({ number(of: $0) }) {
        for year in years {
          for organizer in organizers {
            lists[Key(ordinal: ordinal, word: word, year: year, organizer: organizer), default: []]
              .append(Int32(n))
          }
        }
      }
    }
  }

  /// The number of `word`, given it when it is new.
  private mutating func number(of word: String) -> Int32 {
    if let known = wordNumbers[word] { return known }
    let next = Int32(wordNumbers.count)
    wordNumbers[word] = next
    return next
  }

  /// The classes that may match one of `identity` and hold all its words: of its ordinal, of
  /// its year or none (any year when it has none), naming one of its organizers or none (any
  /// when it names none), found through its word of the fewest classes; ascending, each once.
  /// - Complexity: O(w + c log c) for w words and c candidates.
  func candidates(for identity: EventClass.Identity) -> [Int] {
    let ordinal = Self.part(.some(identity.ordinal))
    // A word no class holds has no list: no candidates.
    var rarest: (word: String, number: Int32?) = ("", identity.words.isEmpty ? -1 : nil)
    var fewest = Int.max
    for word in identity.words.isEmpty ? [""] : Array(identity.words) {
      let number = identity.words.isEmpty ? -1 : wordNumbers[word]
      let count =
        number.flatMap { lists[Key(ordinal: ordinal, word: $0, year: Self.any, organizer: Self.any)]?.count }
        ?? 0
      if count < fewest || (count == fewest && word < rarest.word) {
        (rarest, fewest) = ((word, number), count)
      }
    }
    guard let word = rarest.number else { return [] }
    let years: [Int32] = identity.year == nil ? [Self.any] : [Self.part(.some(identity.year)), Self.none]
    let organizers: [Int32] =
      identity.organizers.isEmpty
      ? [Self.any] : identity.organizers.sorted().map { Self.part(.some($0)) } + [Self.none]
    var found: [Int32] = []
    for year in years {
      for organizer in organizers {
        found += lists[Key(ordinal: ordinal, word: word, year: year, organizer: organizer)] ?? []
      }
    }
    found.sort()
    var unique: [Int] = []
    unique.reserveCapacity(found.count)
    for n in found where Int(n) != unique.last { unique.append(Int(n)) }
    return unique
  }
}
