import TiesGraph
import TiesModel
import TiesQuery

/// How `ties path` prints paths: one line per hop stating the relation as recorded (subject,
/// predicate, role, object, date), the event it goes through, and its evidence.
struct PathRendering {
  let context: GraphContext
  private var index: KnowledgeGraphIndex { context.index }

  func text(_ paths: [GraphPath], _ a: Int32, _ b: Int32) -> String {
    var out = ""
    for (n, path) in paths.enumerated() {
      if paths.count > 1 { out += "path \(n + 1) of \(paths.count)\n" }
      let hops = path.hops == 1 ? "1 hop" : "\(path.hops) hops"
      let cost = path.cost == Double(path.hops) ? "" : ", cost \(GraphRendering.score(path.cost))"
      out += "\(index.names[Int(a)]) → \(index.names[Int(b)]): \(hops)\(cost)\n"
      for (i, e) in path.edges.enumerated() { out += hopText(i + 1, index.hop(e)) }
    }
    return out
  }

  private func hopText(_ n: Int, _ hop: Hop) -> String {
    let role = hop.role.map { " (\($0))" } ?? ""
    let date = hop.details?.asOf.map { ", as of \($0)" } ?? ""
    var out = "  \(n). \(name(hop.subject)) —\(hop.predicate.rawValue)\(role)→ \(name(hop.object))\(date)\n"
    if let event = event(of: hop) { out += "     event: \(event)\n" }
    for ev in hop.details?.evidence ?? [] {
      let sentence = context.sentence(ev).map { ": \($0)" } ?? ""
      out += "     \(ev.document)#\(ev.sentence)\(sentence)\n"
    }
    return out
  }

  func json(_ paths: [GraphPath], _ a: Int32, _ b: Int32) throws -> String {
    try GraphRendering.json(AnswerJSON.paths(paths, a, b, in: index, sentence: context.sentence))
  }

  private func name(_ id: EntityID) -> String {
    index.vertex(id).map { index.names[Int($0)] } ?? id.rawValue
  }

  /// The name of the event the hop goes through, if either end is one.
  private func event(of hop: Hop) -> String? { AnswerJSON.event(of: hop, in: index) }
}
