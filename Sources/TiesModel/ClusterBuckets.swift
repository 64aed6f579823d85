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
/// "Taiyo Cement") never reach each other through them.
public enum ClusterBuckets {
  /// The value a store records once every stored cluster has its buckets in this form; a
  /// store that records another is resolved whole once, which writes them all anew.
  public static let complete = "complete 2"

  /// The buckets whose members a cluster holding `bucket` must be resolved with.
  /// - Complexity: O(1).
  public static func reached(from bucket: String) -> [String] {
    let rest = bucket.dropFirst(2)
    switch bucket.prefix(2) {
    case "u|": return ["d|" + rest, "i|" + rest]
    case "d|": return [bucket, "u|" + rest]
    case "i|": return ["u|" + rest]
    default: return [bucket]
    }
  }
}
