import TiesGraph
import TiesModel
import TiesQuery

/// A path question read from a query string (`from`, `to`, `k`, `via`, `all`, `weighted`,
/// `max_hops`), bounded by `Limits`, and its answer.
struct PathRequest {
  var from: String
  var to: String
  var query: PathQuery
  /// What the bounds changed, said on the page and in the JSON.
  var notes: [String] = []

  /// - Throws: `ServeError.badParameter` for a missing name or a malformed number.
  init(_ parameters: QueryString) throws {
    guard let from = parameters["from"] else {
      throw ServeError.badParameter(name: "from", message: "missing")
    }
    guard let to = parameters["to"] else { throw ServeError.badParameter(name: "to", message: "missing") }
    self.from = from
    self.to = to
    var k = try parameters.integer("k", default: 1, in: 1...1_000)
    if k > Limits.k {
      notes.append("k is bounded to \(Limits.k) here (ties path --k \(k) lists more)")
      k = Limits.k
    }
    let maxHops = try parameters["max_hops"].map { _ in
      try parameters.integer("max_hops", default: 1, in: 1...1_000)
    }
    let all = parameters.flag("all")
    let weighted = parameters.flag("weighted")
    if all && (k > 1 || weighted) {
      throw ServeError.badParameter(name: "all", message: "cannot be combined with k or weighted")
    }
    query = PathQuery(
      via: parameters.list("via").map { Predicate(rawValue: $0) }, k: k, all: all, weighted: weighted,
      maxHops: maxHops, maxPaths: Limits.allPaths)
  }

  /// The answer: the two vertices and the paths, or why there is none.
  enum Answer {
    case paths(Int32, Int32, [GraphPath])
    /// A name is ambiguous (candidates) or unknown (suggestions).
    case unresolved(name: String, outcome: NameMatcher.Outcome)
  }

  /// - Throws: `GraphError` for a predicate filter the index cannot make.
  /// - Complexity: that of `PathQuery.paths` and two name matches.
  func answer(in snapshot: GraphSnapshot) throws -> Answer {
    var ends: [Int32] = []
    for name in [from, to] {
      let outcome = snapshot.matcher.match(name)
      guard case .found(let v) = outcome else { return .unresolved(name: name, outcome: outcome) }
      ends.append(v)
    }
    let paths = try snapshot.resources.withFinder { finder in
      try query.paths(in: snapshot.index, from: ends[0], to: ends[1], finder: finder)
    }
    return .paths(ends[0], ends[1], paths)
  }

  /// Whether `all` stopped at its bound.
  func isBounded(_ paths: [GraphPath]) -> Bool { query.all && paths.count >= Limits.allPaths }
}
