import FuzzSupport
import TiesFormats
import TiesModel

// Any bytes as a GraphML file (and libFuzzer's mutations of the valid files in the seed
// corpus): read into a graph and into an index. What reads without error must write and read
// back to the same graph.

let input = FuzzSupport.scratchPath(".graphml")
let copy = FuzzSupport.scratchPath("-copy.graphml")

func fuzzGraphML(_ bytes: UnsafeBufferPointer<UInt8>) -> CInt {
  FuzzSupport.store(bytes, to: input)
  let reader = GraphMLReader(threads: 1)
  var index = KnowledgeGraphIndexBuilder(keepEvidence: true)
  if (try? reader.read(path: input, into: &index)) != nil { _ = try? index.index() }
  guard let read = try? reader.readGraph(path: input) else { return 0 }
  var graph = read.graph
  graph.canonicalize()
  do {
    try GraphMLWriter.write(graph, to: copy, directed: read.directed)
  } catch FormatsError.idCollision {
    return 0  // two node ids that map to one XML id: refused, as documented
  } catch {
    preconditionFailure("cannot write back a graph that was read: \(error)")
  }
  do {
    var again = try reader.readGraph(path: copy).graph
    again.canonicalize()
    precondition(again.entities.count == graph.entities.count, "round trip changed the node count")
    precondition(again.relations.count == graph.relations.count, "round trip changed the edge count")
  } catch {
    preconditionFailure("cannot read back what was written: \(error)")
  }
  return 0
}

@main
enum FuzzGraphML {
  static func main() {
    // Load what every input needs now, so that the first input is not timed with it.
    _ = (input, copy)
    FuzzSupport.run { data, size in fuzzGraphML(UnsafeBufferPointer(start: data, count: size)) }
  }
}
