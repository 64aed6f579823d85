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
    for i in c.all.indices where c.all[i].key.hasPrefix("ev:") {
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
  /// A posting list's key. `word` is "" for a series of no words (which matches only its
  /// likes); `year` and `organizer` are `.some(nil)` for classes without one, and nil where
  /// the list is not narrowed by that quality.
  struct Key: Hashable {
    var ordinal: Int?
    var word: String
    var year: Int??
    var organizer: Int??
  }

  private var lists: [Key: [Int]] = [:]

  /// - Complexity: O(w·(1 + o)) per class of w words and o organizers.
  init(_ classes: [EventClass]) {
    for (n, e) in classes.enumerated() {
      let years: [Int??] = [nil, .some(e.identity.year)]
      let organizers: [Int??] =
        e.identity.organizers.isEmpty
        ? [nil, .some(nil)] : [nil] + e.identity.organizers.sorted().map { .some($0) }
      for word in e.identity.words.isEmpty ? [""] : Array(e.identity.words) {
        for year in years {
          for organizer in organizers {
            lists[Key(ordinal: e.identity.ordinal, word: word, year: year, organizer: organizer), default: []]
              .append(n)
          }
        }
      }
    }
  }

  /// The classes that may match one of `identity` and hold all its words: of its ordinal, of
  /// its year or none (any year when it has none), naming one of its organizers or none (any
  /// when it names none), found through its word of the fewest classes; ascending, each once.
  /// - Complexity: O(w + c log c) for w words and c candidates.
  func candidates(for identity: EventClass.Identity) -> [Int] {
    let words = identity.words.isEmpty ? [""] : Array(identity.words)
    var rarest = words[0]
    var fewest = Int.max
    for word in words {
      let count = lists[Key(ordinal: identity.ordinal, word: word, year: nil, organizer: nil)]?.count ?? 0
      if count < fewest || (count == fewest && word < rarest) { (rarest, fewest) = (word, count) }
    }
    let years: [Int??] = identity.year == nil ? [nil] : [.some(identity.year), .some(nil)]
    let organizers: [Int??] =
      identity.organizers.isEmpty ? [nil] : identity.organizers.sorted().map { .some($0) } + [.some(nil)]
    var found: [Int] = []
    for year in years {
      for organizer in organizers {
        found += lists[Key(ordinal: identity.ordinal, word: rarest, year: year, organizer: organizer)] ?? []
      }
    }
    found.sort()
    var unique: [Int] = []
    unique.reserveCapacity(found.count)
    for n in found where n != unique.last { unique.append(n) }
    return unique
  }
}
