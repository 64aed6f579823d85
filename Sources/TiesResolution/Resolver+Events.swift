extension Resolver {
  /// Events that are one another's: ordinals agree (or both are absent), years agree where
  /// known, the words of one series are among the other's, and their organizers, when both
  /// articles name some, share one: an event is its series, ordinal, organizers and year.
  /// Without an ordinal, an event merges with another of other words only when both give
  /// their year. An event whose series has no words merges only with others of no words.
  ///
  /// Events of the same ordinal, year, words and organizers form a class, whose members all
  /// merge. Classes are indexed by ordinal and word; a class looks for the classes whose
  /// words include its own among those that hold its least shared word. Merges are made as
  /// `UnionFind.unionCliques` makes them, so roots are the same as merging every pair in order.
  /// - Parameters:
  ///   - organizers: for each event cluster, the roots of the organizations its article says
  ///     organized it.
  /// - Complexity: O(e·w) for e events of at most w words, plus O(w) per class in the
  ///   shortest posting list of each class's words, plus O(a log a) for the a members of
  ///   classes that merge.
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
    // Classes by ordinal, and by ordinal and word.
    var byOrdinal: [Int?: [Int]] = [:]
    var byWord: [WordOfOrdinal: [Int]] = [:]
    for (n, e) in classes.enumerated() {
      byOrdinal[e.identity.ordinal, default: []].append(n)
      for word in e.identity.words {
        byWord[WordOfOrdinal(ordinal: e.identity.ordinal, word: word), default: []].append(n)
      }
    }
    var groups = classes.map(\.members)
    for (a, e) in classes.enumerated() {
      let ordinal = e.identity.ordinal
      // The classes whose words may include all of `e`'s: those holding its rarest word.
      var pool = byOrdinal[ordinal] ?? []
      for word in e.identity.words {
        let holders = byWord[WordOfOrdinal(ordinal: ordinal, word: word)] ?? []
        if holders.count < pool.count { pool = holders }
      }
      for b in pool where b != a && e.identity.words.isSubset(of: classes[b].identity.words) {
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

/// A word of an event's series among the events of one ordinal.
struct WordOfOrdinal: Hashable {
  var ordinal: Int?
  var word: String
}
