import TiesGraph
import TiesModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads GraphML with libxml2's streaming `xmlTextReader` into any `KnowledgeGraphSink`, in
/// memory bounded by the number of node ids (kept to refuse duplicates).
///
/// Accepts keys of every `attr.type` (`integer` read as `int`; a missing or unknown type reads
/// as string, with a warning) and every `for` (`all` applies to nodes and edges; graph-level
/// data is skipped with a warning). `<default>` values apply to elements without that `<data>`.
/// Directed and undirected graphs, parallel edges, files of networkx (`long`, `True`), igraph
/// (`v_`/`e_` key ids, `double` numbers) and yEd (the `y:NodeLabel` text becomes the label when
/// there is no `label` key) all load; elements in other namespaces, ports, hyperedges and
/// nested graphs (flattened) are skipped with a warning.
///
/// Mapping, by `attr.name`: node `label` → `Entity.name` (else the node id), `type` →
/// `EntityType` (else empty), `aliases` (split on `GraphMLVocabulary.aliasSeparator`),
/// `mentions` (int or long) → `mentionCount`, `date`; edge `predicate` → `Predicate` (else
/// the edge's Gephi `label` attribute, else `related_to`), `role`, `confidence` (numeric; else
/// 1), `evidence` (parsed back), `as_of`. A `weight` equal to the evidence count, and `color`
/// or `shape` equal to the type's `EntityStyle`, are dropped because the writer derives them.
/// Everything else goes into `attributes` with its declared type.
///
/// Input is hostile: no network, no entity substitution, no DTD loading, and any DOCTYPE is
/// refused, so XXE and entity-expansion bombs fail at once.
///
/// Files of more than a few MiB are parsed in pieces on several threads (`GraphMLChunkedRead`),
/// each piece with its own `xmlTextReader`, and delivered in document order; anything unusual
/// (a warning, an error, a piece that is not a plain run of nodes and edges) hands the rest of
/// the file to the sequential reader, so results, warnings and errors are the same either way.
public struct GraphMLReader: Sendable {
  /// Threads that parse pieces of a large file (1: always sequential).
  let threads: Int
  /// The nominal size of a piece.
  let chunkBytes: Int

  /// A reader; `threads` (default: the processors online, at most 4) parse large files in
  /// pieces, 1 reads every file sequentially.
  public init(threads: Int? = nil) {
    self.init(threads: threads ?? Parallel.defaultThreads, chunkBytes: 4 << 20)
  }

  init(threads: Int, chunkBytes: Int) {
    self.threads = max(threads, 1)
    self.chunkBytes = max(chunkBytes, 1)
  }

  /// Streams `path` into `sink` and returns the warnings, in order of first occurrence.
  ///
  /// - Throws: `FormatsError` with the line and column: `.doctypeForbidden`, `.invalidUTF8`,
  ///   `.duplicateNodeID`, `.undeclaredKey`, `.repeatedData`, `.undeclaredEndpoint`,
  ///   `.missingAttribute`, `.invalidValue` (for example boolean `yes`), `.noGraph`,
  ///   `.libxml` (malformed XML), `.io`; and whatever `sink` throws.
  /// - Complexity: O(file size) time (twice for a file the chunked read hands back);
  ///   O(V) memory for the node-id set, plus `2 × threads` pieces in flight.
  public func read<S: KnowledgeGraphSink>(path: String, into sink: inout S) throws -> [GraphMLWarning] {
    if threads > 1, let plan = GraphMLChunkPlan(path: path, chunkBytes: chunkBytes) {
      var header = try GraphMLParse(path: path)
      var discard = KnowledgeGraphCollector()
      try header.run(into: &discard, schemaOnly: true)
      if header.warnings.list.isEmpty {
        let chunked = GraphMLChunkedRead(plan: plan, keys: GraphMLKeyTable(of: header), threads: threads)
        switch try chunked.run(into: &sink) {
        case .complete:
          return []
        case .fallBack(let began, let nodes, let edges):
          var resuming = ResumingSink(base: sink, skipBegin: began, skipNodes: nodes, skipEdges: edges)
          defer { sink = resuming.base }
          return try readSequentially(path: path, into: &resuming)
        }
      }
    }
    return try readSequentially(path: path, into: &sink)
  }

  private func readSequentially<S: KnowledgeGraphSink>(path: String, into sink: inout S) throws
    -> [GraphMLWarning]
  {
    var parse = try GraphMLParse(path: path)
    try parse.run(into: &sink, schemaOnly: false)
    return parse.warnings.list
  }

  /// Reads a whole file into memory.
  public func readGraph(path: String) throws -> (
    graph: KnowledgeGraph, directed: Bool, warnings: [GraphMLWarning]
  ) {
    var collector = KnowledgeGraphCollector()
    let warnings = try read(path: path, into: &collector)
    return (collector.graph, collector.directed, warnings)
  }

  /// The extra attribute keys that reading `path` can produce (stops at the first `<graph>`),
  /// for a `GraphMLWriter` that converts the file as it streams.
  public func schema(path: String) throws -> GraphMLSchema {
    var parse = try GraphMLParse(path: path)
    var discard = KnowledgeGraphCollector()
    try parse.run(into: &discard, schemaOnly: true)
    return parse.extraSchema()
  }
}

/// Warnings folded by message.
struct WarningList {
  private(set) var list: [GraphMLWarning] = []
  private var index: [String: Int] = [:]

  /// Counts `message` again if it was seen; false if it is new.
  mutating func repeatIfSeen(_ message: String) -> Bool {
    guard let i = index[message] else { return false }
    list[i].count += 1
    return true
  }

  /// Adds `message`, or counts it again.
  mutating func add(_ message: String, at location: InputLocation) {
    if repeatIfSeen(message) { return }
    index[message] = list.count
    list.append(GraphMLWarning(location: location, message: message))
  }
}

/// A declared `<key>`.
struct GraphMLKey {
  enum Domain { case node, edge, graph, all, other }
  var id: String
  var name: String
  var domain: Domain
  /// nil when the type is missing or unknown (read as string).
  var type: GraphMLAttributeType?
  var isYFilesGraphics: Bool
  var defaultValue: String?

  func applies(to domain: Domain) -> Bool { self.domain == domain || self.domain == .all }

  /// What a key's value becomes, decided once per key from its name and type.
  enum Field {
    case label, type, aliases, date, mentions, hint, predicate, role, asOf, evidence, confidence, weight,
      other
  }

  var nodeField: Field {
    let numeric = type == .int || type == .long
    switch name {
    case "label": return .label
    case "type": return .type
    case "aliases": return .aliases
    case "date": return .date
    case "mentions": return numeric ? .mentions : .other
    case "color", "shape": return type == .string || type == nil ? .hint : .other
    default: return .other
    }
  }

  var edgeField: Field {
    let numeric = type == .int || type == .long || type == .float || type == .double
    switch name {
    case "predicate": return .predicate
    case "role": return .role
    case "as_of": return .asOf
    case "evidence": return .evidence
    case "confidence": return numeric ? .confidence : .other
    case "weight": return numeric ? .weight : .other
    default: return .other
    }
  }
}
