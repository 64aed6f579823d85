import Foundation
import TiesFormats
import TiesGraph
import TiesModel

/// `ties bench --from FILE`: times loading and indexing a GraphML file, then every algorithm
/// through `GraphBenchmark`.
struct GraphBenchRun {
  let source: GraphSourceOptions
  let seed: UInt64
  let edgeList: String?

  /// Seconds per operation (and counts, megabytes, modularity), as `GraphBenchmark` names them,
  /// plus `load` (parsing the file and streaming it into the index builder) and `index` (from
  /// the end of the stream to the built index: the CSR arrays and their permutations),
  /// and `modularity` (Louvain's).
  func run() throws -> [String: Double] {
    guard let path = source.from else { return [:] }
    let clock = ContinuousClock()
    var sink = TimedSink(builder: KnowledgeGraphIndexBuilder(keepEvidence: false))
    let start = clock.now
    for warning in try GraphMLReader().read(path: path, into: &sink) { Diagnostics.note(warning.description) }
    let parsed = sink.endStarted ?? clock.now
    let built = try sink.builder.index()
    let indexed = clock.now
    if let edgeList { try Self.writeEdgeList(built.graph, to: edgeList) }
    var results = try GraphBenchmark.run(index: built, seed: seed)
    results["load"] = Self.seconds(parsed - start)
    results["index"] = Self.seconds(indexed - parsed)
    results["modularity"] = results["louvain_modularity"]
    if let peak = GraphBenchmark.peakResidentMegabytes() { results["peak_rss_mb"] = peak }
    return results
  }

  /// The vertex count on the first line, then `source target weight` per edge: the input of
  /// `.ci/bench_compare.py`, numbered as the index numbers vertices.
  static func writeEdgeList(_ g: IndexedGraph, to path: String) throws {
    var text = "\(g.vertexCount)\n"
    text.reserveCapacity(g.edgeCount * 24)
    for u in 0..<g.vertexCount {
      for e in Int(g.outOffsets[u])..<Int(g.outOffsets[u + 1]) {
        text += "\(u) \(g.outTargets[e]) \(g.weight(of: Int32(e)))\n"
      }
    }
    try text.write(toFile: path, atomically: true, encoding: .utf8)
  }

  /// One operation per line, sorted by name: seconds with microsecond precision, other values
  /// as they are.
  static func table(_ results: [String: Double]) -> String {
    let width = results.keys.map(\.count).max() ?? 0
    var out = ""
    for key in results.keys.sorted() {
      let value = results[key] ?? 0
      let pad = String(repeating: " ", count: width - key.count)
      out += "\(key)\(pad)  \(GraphRendering.score(value))\n"
    }
    return out
  }

  private static func seconds(_ d: Duration) -> Double {
    let (s, atto) = d.components
    return Double(s) + Double(atto) * 1e-18
  }
}

/// Forwards to an index builder and notes when the stream ended, so that parsing and indexing
/// are timed apart.
struct TimedSink: KnowledgeGraphSink {
  var builder: KnowledgeGraphIndexBuilder
  var endStarted: ContinuousClock.Instant?

  mutating func begin(directed: Bool) throws { try builder.begin(directed: directed) }
  mutating func node(_ entity: Entity) throws { try builder.node(entity) }
  mutating func edge(_ relation: Relation, id: String?) throws { try builder.edge(relation, id: id) }
  mutating func end() throws {
    endStarted = ContinuousClock.now
    try builder.end()
  }
}
