/// Every cluster's names split into words once, for the merge rules to look up instead of
/// splitting a name again for each comparison.
struct ClusterNames {
  /// One surface form of a cluster.
  struct Name {
    var text: String
    /// `NameMatching.words(text)`.
    var words: [String]
    var isAcronym: Bool
    /// `NameMatching.initials(text)`.
    var initials: String
  }

  /// Per cluster, its surface forms in the iteration order of `Cluster.surfaces`, so that the
  /// rules visit names in the order they always did.
  var names = Names()
  /// Per cluster: has a name other than an acronym.
  var hasLongName: [Bool]

  /// - Complexity: O(L) for L characters in the distinct surface forms, plus O(s) lookups for
  ///   s surface forms of all clusters.
  init(_ c: Clusters) {
    var numberOfText: [String: Int32] = [:]
    names.starts.reserveCapacity(c.all.count + 1)
    hasLongName = []
    hasLongName.reserveCapacity(c.all.count)
    // By index: iterating the clusters would copy each one.
    for i in c.all.indices {
      var long = false
      for (text, _) in c.all[i].surfaces {
        let number: Int32
        if let known = numberOfText[text] {
          number = known
        } else {
          number = Int32(names.distinct.count)
          names.distinct.append(
            Name(
              text: text, words: NameMatching.words(text), isAcronym: NameMatching.isAcronym(text),
              initials: NameMatching.initials(text)))
          numberOfText[text] = number
        }
        names.all.append(number)
        long = long || !names.distinct[Int(number)].isAcronym
      }
      names.starts.append(Int32(names.all.count))
      hasLongName.append(long)
    }
  }

  /// The names of every cluster in one array, each cluster's a slice of it: an array per
  /// cluster cost 1.54 million allocations at 100,000 generated articles. Each distinct name
  /// is split once and kept once; a cluster's slice holds their numbers (4 bytes each instead
  /// of a 48-byte `Name`: 800 MB less at 1,000,000 generated articles).
  struct Names {
    /// Each distinct surface form, split.
    fileprivate var distinct: [Name] = []
    /// Every cluster's names, by number in `distinct`.
    fileprivate var all: [Int32] = []
    /// Where each cluster's names start in `all`, and `all.count` last.
    fileprivate var starts: [Int32] = [0]

    /// The names of cluster `i`.
    /// - Complexity: O(1); each name O(1) as it is read.
    subscript(i: Int) -> List { List(numbers: all[Int(starts[i])..<Int(starts[i + 1])], distinct: distinct) }
  }

  /// A cluster's names, read in place.
  struct List: RandomAccessCollection {
    fileprivate let numbers: ArraySlice<Int32>
    fileprivate let distinct: [Name]

    var startIndex: Int { numbers.startIndex }
    var endIndex: Int { numbers.endIndex }
    subscript(k: Int) -> Name { distinct[Int(numbers[k])] }
  }

  /// The words of a person's most-written name of two words or more (ties broken by length,
  /// then alphabetically), or nil when every name is a single word.
  func fullNameWords(_ i: Int, in c: Clusters) -> [String]? {
    var best: (name: Name, count: Int)?
    for name in names[i] where name.words.count >= 2 {
      let count = c.all[i].surfaces[name.text] ?? 0
      guard let b = best else {
        best = (name, count)
        continue
      }
      if (b.count, b.name.text.count, name.text) < (count, name.text.count, b.name.text) {
        best = (name, count)
      }
    }
    return best?.name.words
  }
}

extension UnionFind {
  /// Unions every two members of a group, with the same sets *and the same roots* as calling
  /// `union(i, j)` for every pair `i < j` that shares a group, pairs in lexicographic order.
  ///
  /// A pair `(i, j)` whose groups all have a smallest member `m < i` is already joined when
  /// its turn comes (through `(m, i)` and `(m, j)`), so only the pairs that start at the
  /// smallest member of one of their groups change anything, and only those are made.
  /// - Complexity: O(n log n) for n memberships in all groups.
  mutating func unionCliques(_ groups: [[Int]]) {
    var bySmallest: [Int: [Int]] = [:]
    for group in groups where group.count > 1 {
      guard let smallest = group.min() else { continue }
      bySmallest[smallest, default: []].append(contentsOf: group)
    }
    for smallest in bySmallest.keys.sorted() {
      guard let members = bySmallest[smallest] else { continue }
      var last = -1
      for j in members.sorted() where j != last {
        last = j
        if j != smallest { union(smallest, j) }
      }
    }
  }

  /// The one root among `candidates` other than `excluded`, or nil when there are none or
  /// several.
  /// - Complexity: O(k) for k candidates, stopping at the second root found.
  mutating func soleRoot(among candidates: [Int], excluding excluded: Int? = nil) -> Int? {
    var found: Int?
    for candidate in candidates {
      let root = find(candidate)
      if root == excluded || root == found { continue }
      if found != nil { return nil }
      found = root
    }
    return found
  }
}
