import TiesGraph
import TiesModel

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
    let rendered = paths.map { path in
      PathJSON(
        cost: path.cost, length: path.hops,
        vertices: path.vertices.map { GraphRendering.entity($0, in: index) },
        hops: path.edges.map { hopJSON(index.hop($0)) })
    }
    return try GraphRendering.json(
      PathsJSON(
        from: GraphRendering.entity(a, in: index), to: GraphRendering.entity(b, in: index), paths: rendered))
  }

  private func hopJSON(_ hop: Hop) -> HopJSON {
    HopJSON(
      subject: hop.subject.rawValue, predicate: hop.predicate.rawValue, object: hop.object.rawValue,
      role: hop.role, event: event(of: hop), asOf: hop.details?.asOf,
      evidence: (hop.details?.evidence ?? []).map {
        EvidenceJSON(document: $0.document, sentence: $0.sentence, text: context.sentence($0))
      })
  }

  private func name(_ id: EntityID) -> String {
    index.vertex(id).map { index.names[Int($0)] } ?? id.rawValue
  }

  /// The name of the event the hop goes through, if either end is one.
  private func event(of hop: Hop) -> String? {
    for id in [hop.object, hop.subject] {
      if let v = index.vertex(id), index.type(of: v) == .event { return index.names[Int(v)] }
    }
    return nil
  }
}

struct PathsJSON: Encodable {
  var from: EntityJSON
  var to: EntityJSON
  var paths: [PathJSON]
}

struct PathJSON: Encodable {
  var cost: Double
  var length: Int
  var vertices: [EntityJSON]
  var hops: [HopJSON]
}

struct HopJSON: Encodable {
  var subject: String
  var predicate: String
  var object: String
  var role: String?
  var event: String?
  var asOf: String?
  var evidence: [EvidenceJSON]

  enum CodingKeys: String, CodingKey {
    case subject, predicate, object, role, event, evidence
    case asOf = "as_of"
  }
}

struct EvidenceJSON: Encodable {
  var document: String
  var sentence: Int
  var text: String?
}
