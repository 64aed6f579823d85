/// How the buckets of clusters (the lookup strings under which resolution may pair two
/// clusters, `Resolver.buckets(of:)`) lead from one cluster to the others an ingest must
/// resolve with it.
///
/// Most buckets join their members both ways: every cluster of a key, every short form and the
/// full names that admit it. Acronyms are one-way, because most organizations' initials are
/// never written alone: an acronym written alone (`u|A`, a "user") joins the one cluster that
/// defines it (`d|A`) or, failing that, whose name has it as initials (`i|A`). So a user
/// needs every definer and every holder of its acronym; a definer needs the other definers
/// (one article defining one acronym twice merges them) and the users, whose target it can
/// change; a holder needs only the users. Two holders of the same initials ("Tokai Chemical",
/// "Taiyo Cement") never reach each other through them. Short forms are one-way too: a name
/// looked up as a short form (`s|X`, `m|X`) needs the full names that admit it (`t|X`, `n|X`),
/// and they need it, but two full names admitting one short form ("Atlas Group", "Atlas
/// Holdings") reach each other only through a name that is written short.
///
/// Events merge when the words of one series are among the other's (and their ordinals
/// agree), so an event must reach the events of its ordinal whose words include its own and
/// those whose words its own include, not every event sharing a word with it (each 57th
/// meeting of any series says "business"). An event holds its exact words (`x|<ordinal>|<words>`,
/// sorted) and each word (`e|<ordinal>|<word>`); its exact words lead to every subset of them
/// (the events of fewer words it includes) and to `allOf` them (the events that include
/// it): clusters that hold every one of those word buckets, a bucket no cluster holds, which
/// the store answers with an intersection (`allOfWords(_:)`). A word bucket leads nowhere by
/// itself. An event of more than `mostSubsetWords` words leads to each of its words instead:
/// more than it needs, and never less.
public enum ClusterBuckets {
  /// The value a store records once every stored cluster has its buckets in this form; a
  /// store that records another is resolved whole once, which writes them all anew.
  public static let complete = "complete 4"

  /// The most words an event's exact bucket lists its subsets for (2^w − 1 look-ups).
  public static let mostSubsetWords = 10

  /// The buckets whose members a cluster holding `bucket` must be resolved with.
  /// - Complexity: O(1), but O(2^w) for an event's exact bucket of w words.
  public static func reached(from bucket: String) -> [String] {
    let rest = bucket.dropFirst(2)
    switch bucket.prefix(2) {
    case "u|": return ["d|" + rest, "i|" + rest]
    case "d|": return [bucket, "u|" + rest]
    case "i|": return ["u|" + rest]
    case "s|": return ["t|" + rest]
    case "t|": return ["s|" + rest]
    case "m|": return ["n|" + rest]
    case "n|": return ["m|" + rest]
    case "e|": return []
    case "x|": return eventsSharingWords(rest)
    default: return [bucket]
    }
  }

  /// The buckets an event's exact words (`<ordinal>|<words>`) lead to.
  private static func eventsSharingWords(_ exact: Substring) -> [String] {
    guard let bar = exact.firstIndex(of: "|") else { return ["x|" + exact] }
    let ordinal = exact[..<bar]
    let words = exact[exact.index(after: bar)...].split(separator: " ")
    if words.isEmpty { return ["x|" + exact] }
    if words.count > mostSubsetWords { return words.map { "e|\(ordinal)|\($0)" } }
    var out = ["w|" + exact]
    for mask in 1..<(1 << words.count) {
      let subset = words.indices.filter { mask & (1 << $0) != 0 }.map { words[$0] }
      out.append("x|\(ordinal)|" + subset.joined(separator: " "))
    }
    return out
  }

  /// Whether the rules that pair clusters through `bucket` see one cluster of each key and
  /// its names only (acronyms, initials, short forms): then another cluster of a key that
  /// holds `bucket` already changes none of their pairings. A person's name words are not
  /// such a bucket (their ties count too), nor are an event's.
  /// - Complexity: O(1).
  public static func pairsKeysByName(_ bucket: String) -> Bool {
    switch bucket.prefix(2) {
    case "d|", "u|", "i|", "s|", "t|", "m|", "n|": return true
    default: return false
    }
  }

  /// For a bucket no cluster holds, `w|<ordinal>|<words>`, the word buckets whose common
  /// members are its members: the events of that ordinal that hold all those words; nil for
  /// any other bucket.
  /// - Complexity: O(w) for w words.
  public static func allOfWords(_ bucket: String) -> [String]? {
    guard bucket.hasPrefix("w|") else { return nil }
    let rest = bucket.dropFirst(2)
    guard let bar = rest.firstIndex(of: "|") else { return nil }
    let ordinal = rest[..<bar]
    return rest[rest.index(after: bar)...].split(separator: " ").map { "e|\(ordinal)|\($0)" }
  }
}
