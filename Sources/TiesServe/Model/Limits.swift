/// The bounds that keep every request short, whatever its parameters. A page or answer that
/// hits one says so (`truncated`, or a note on the page).
enum Limits {
  /// Entities listed on the home page.
  static let hubs = 20
  /// Search results listed (the count of all matches is still given).
  static let searchResults = 100
  /// Relations listed per predicate on an entity page.
  static let relationsPerPredicate = 50
  /// Evidence sentences shown per relation.
  static let evidencePerRelation = 2
  /// Evidence sentences read from the store for one page.
  static let sentencesPerPage = 30
  /// Paths listed for `k`.
  static let k = 5
  /// Paths listed for `all`.
  static let allPaths = 20
  /// Hops out from a focus.
  static let radius = 3
  /// Neighbours listed by `/api/neighbors`.
  static let neighbors = 1_000
  /// Entities drawn in one picture.
  static let pictureNodes = 150
  /// Entities above which betweenness and closeness (O(V · E)) are refused.
  static let quadraticRank = 5_000
  /// Entities ranked by `/api/rank`.
  static let rankTop = 1_000
  /// Seconds a Graphviz run may take.
  static let graphvizSeconds = 10.0
  /// Graphviz runs at once; more are turned away with 503.
  static let graphvizRuns = 2
}
