// formats-throughput write FILE [NODES] [EDGES]   stream a synthetic graph into FILE
// formats-throughput read FILE [THREADS]          stream FILE into a counting sink
// formats-throughput load FILE [THREADS]          read FILE into a KnowledgeGraph in memory
// THREADS: the reader's threads (default: GraphMLReader's, the processors online up to 4; 1: sequential).
// Prints one JSON line: phase, wall and CPU seconds (CPU includes generating the graph), bytes, MB/s, nodes, edges, edges/s, peak RSS (VmHWM).
import Foundation
import TiesFormats
import TiesModel

func peakRSSKiB() -> Int {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
  for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
    return Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]) ?? 0
  }
  return 0
}

struct CountingSink: KnowledgeGraphSink {
  var nodes = 0
  var edges = 0
  var checksum = 0
  mutating func begin(directed: Bool) throws {}
  mutating func node(_ entity: Entity) throws {
    nodes += 1
    checksum &+= entity.name.utf8.count &+ entity.mentionCount
  }
  mutating func edge(_ relation: Relation, id: String?) throws {
    edges += 1
    checksum &+= relation.evidence.count &+ relation.predicate.rawValue.utf8.count
  }
  mutating func end() throws {}
}

/// A deterministic graph: types cycle, each edge j joins j mod N to a multiplicative hash of j.
func generate<S: KnowledgeGraphSink>(nodes: Int, edges: Int, into sink: inout S) throws {
  let types = EntityType.extracted
  try sink.begin(directed: true)
  for i in 0..<nodes {
    try sink.node(
      Entity(
        id: EntityID(rawValue: "n\(i)"), name: "Entity \(i)", type: types[i % types.count],
        mentionCount: 1 + i % 17))
  }
  let predicates = Predicate.extracted
  for j in 0..<edges {
    let source = j % nodes
    var target = Int((UInt64(j) &* 2_654_435_761) % UInt64(nodes))
    if target == source { target = (target + 1) % nodes }
    let predicate = predicates[j % predicates.count]
    try sink.edge(
      Relation(
        subject: EntityID(rawValue: "n\(source)"), predicate: predicate,
        object: EntityID(rawValue: "n\(target)"), role: predicate == .affiliatedWith ? "member" : nil,
        confidence: 0.5 + Double(j % 50) / 100,
        evidence: [
          Evidence(
            document: "doc\(j % 1000).txt", sentence: j % 40, start: 0, end: 0, rule: "",
            confidence: 0.5)
        ]), id: nil)
  }
  try sink.end()
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
  print("usage: formats-throughput write|read|load FILE [NODES] [EDGES]")
  exit(2)
}
let path = arguments[2]
let threads = arguments[1] != "write" && arguments.count > 3 ? Int(arguments[3]) : nil
let reader = GraphMLReader(threads: threads)
let clock = ContinuousClock()
let start = clock.now
var nodes = 0
var edges = 0
switch arguments[1] {
case "write":
  nodes = arguments.count > 3 ? Int(arguments[3]) ?? 1_000_000 : 1_000_000
  edges = arguments.count > 4 ? Int(arguments[4]) ?? 3_000_000 : 3_000_000
  var writer = try GraphMLWriter(path: path)
  try generate(nodes: nodes, edges: edges, into: &writer)
case "read":
  var sink = CountingSink()
  _ = try reader.read(path: path, into: &sink)
  nodes = sink.nodes
  edges = sink.edges
case "load":
  let (graph, _, _) = try reader.readGraph(path: path)
  nodes = graph.entities.count
  edges = graph.relations.count
default:
  print("unknown phase \(arguments[1])")
  exit(2)
}
let elapsed = clock.now - start
var usage = rusage()
getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
let cpu =
  Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
  + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
let megabytes = Double(bytes) / 1_000_000
print(
  """
  {"tool": "ties", "phase": "\(arguments[1])\(threads.map { " (\($0) thread\($0 == 1 ? "" : "s"))" } ?? "")", \
  "seconds": \(String(format: "%.2f", seconds)), \
  "cpu_seconds": \(String(format: "%.2f", cpu)), \
  "bytes": \(bytes), "MB_per_s": \(String(format: "%.1f", megabytes / seconds)), "nodes": \(nodes), \
  "edges": \(edges), "edges_per_s": \(Int(Double(edges) / seconds)), "peak_rss_MiB": \(peakRSSKiB() / 1024)}
  """)
