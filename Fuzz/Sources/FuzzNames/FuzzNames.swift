import FuzzSupport
import TiesFormats
import TiesModel
import TiesQuery
import TiesResolution
import TiesStore

// The name matching behind `ties show` (the store's look-up by name or alias) and `ties path`
// (`TiesQuery.NameMatcher`). The input's first line is the name typed; the others are added to
// the sample graph as the names and aliases of one more entity, so that mutations reach the
// matcher on both sides.

let sample: KnowledgeGraph = {
  let path = FuzzSupport.repositoryRoot + "/exports/knowledge-graph.graphml"
  do { return try GraphMLReader(threads: 1).readGraph(path: path).graph } catch {
    fatalError("cannot read \(path): \(error)")
  }
}()

let store: GraphStore = {
  let directory = FuzzSupport.scratchPath("-graph")
  do {
    let store = try GraphStore(directory: directory)
    try store.replaceAll(extractions: [], graph: sample)
    return store
  } catch {
    fatalError("cannot build the store in \(directory): \(error)")
  }
}()

func fuzzNames(_ bytes: UnsafeBufferPointer<UInt8>) -> CInt {
  let text = String(decoding: bytes, as: UTF8.self)
  let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  let query = lines.first ?? ""
  _ = try? store.findEntities(named: query)
  var graph = sample
  if lines.count > 1 {
    let extra = Array(lines.dropFirst())
    graph.entities.append(
      Entity(
        id: EntityID(rawValue: "fuzz"), name: extra[0], type: .person, aliases: Array(extra.dropFirst())))
  }
  guard let index = try? graph.index(keepEvidence: false) else { return 0 }
  var aliases: [Int32: [String]] = [:]
  for entity in graph.entities where !entity.aliases.isEmpty {
    if let v = index.vertex(entity.id) { aliases[v] = entity.aliases }
  }
  let matcher = NameMatcher(index: index, aliases: aliases)
  switch matcher.match(query) {
  case .found(let v):
    precondition(Int(v) < index.names.count)
  case .ambiguous(let candidates):
    precondition(candidates.count >= 2 && candidates.allSatisfy { Int($0) < index.names.count })
  case .unknown(let suggestions):
    precondition(suggestions.count <= matcher.suggestionLimit)
  }
  return 0
}

@main
enum FuzzNames {
  static func main() {
    // Load what every input needs now, so that the first input is not timed with it.
    _ = (sample, store)
    FuzzSupport.run { data, size in fuzzNames(UnsafeBufferPointer(start: data, count: size)) }
  }
}
