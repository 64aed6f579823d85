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
  /// plus `load` (streaming the file into the index builder) and `index` (building the index),
  /// and `modularity` (Louvain's).
  func run() throws -> [String: Double] {
    guard let path = source.from else { return [:] }
    let clock = ContinuousClock()
    var builder = KnowledgeGraphIndexBuilder(keepEvidence: false)
    let load = try clock.measure {
      for warning in try GraphMLReader().read(path: path, into: &builder) {
        Diagnostics.note(warning.description)
      }
    }
    var built: KnowledgeGraphIndex?
    let index = try clock.measure { built = try builder.index() }
    guard let built else { return [:] }
    if let edgeList { try Self.writeEdgeList(built.graph, to: edgeList) }
    var results = try GraphBenchmark.run(index: built, seed: seed)
    results["load"] = Self.seconds(load)
    results["index"] = Self.seconds(index)
    results["modularity"] = results["louvain_modularity"]
    if let peak = GraphBenchmark.peakResidentMegabytes() { results["peak_rss_mb"] = peak }
    return results
  }

  /// The vertex count on the first line, then `source target weight` per edge: the input of
  /// `.ci/bench_compare.py`, numbered as the index numbers vertices.
  static func writeEdgeList(_ g: IndexedGraph, to path: String) throws {
    var text = "\(g.vertexCount)\n"
    text.reserveCapacity(g.edgeCount * 24)
    for e in 0..<g.edgeCount {
      text += "\(g.edgeSources[e]) \(g.edgeTargets[e]) \(g.weights[e])\n"
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
      out += "\(key)\(pad)  \(NumberFormatting.fixed(value, digits: 6))\n"
    }
    return out
  }

  private static func seconds(_ d: Duration) -> Double {
    let (s, atto) = d.components
    return Double(s) + Double(atto) * 1e-18
  }
}
