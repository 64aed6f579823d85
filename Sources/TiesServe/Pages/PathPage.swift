import TiesGraph
import TiesModel
import TiesQuery

/// `/path?from=&to=` (and `k`, `via`): the chain with evidence per hop, as `ties path` prints
/// it, and drawn.
enum PathPage {
  /// The form alone, filled with what was asked.
  static func form(_ parameters: QueryString) -> String {
    func field(_ name: String, _ label: String, _ size: Int) -> String {
      "<label>\(label)<input name=\"\(name)\" size=\"\(size)\" value=\"\(HTML.escape(parameters[name] ?? ""))\"></label>"
    }
    return "<form class=\"path\" action=\"/path\" method=\"get\">" + field("from", "From", 24)
      + field("to", "To", 24) + field("k", "Paths (k)", 3) + field("via", "Via predicates", 18)
      + "<button type=\"submit\">Find</button></form>"
  }

  static func render(_ parameters: QueryString, _ snapshot: GraphSnapshot) throws -> String {
    var body = "<h1>How are they connected?</h1>" + form(parameters)
    guard parameters["from"] != nil || parameters["to"] != nil else {
      return HTML.page(title: "Path", body: body)
    }
    let request = try PathRequest(parameters)
    for note in request.notes { body += "<p class=\"note\">\(HTML.escape(note))</p>" }
    switch try request.answer(in: snapshot) {
    case .unresolved(let name, let outcome):
      body += unresolved(name, outcome, request, snapshot)
    case .paths(let a, let b, let paths):
      body += "<p>From \(HTML.entityLink(a, in: snapshot)) to \(HTML.entityLink(b, in: snapshot))</p>"
      if paths.isEmpty { body += "<p>No path joins them.</p>" }
      if request.isBounded(paths) {
        body += "<p class=\"note\">Showing the first \(Limits.allPaths) shortest paths.</p>"
      }
      for (n, path) in paths.enumerated() { body += render(path, n, paths.count, snapshot) }
      if !paths.isEmpty {
        let ends = snapshot.id(a) + "," + snapshot.id(b)
        let picture = HTML.url(
          "/graph.svg",
          [("path", ends), ("k", String(request.query.k)), ("via", parameters["via"])])
        body +=
          "<h2>Drawn</h2><object class=\"picture\" type=\"image/svg+xml\" data=\"\(picture)\">the path picture</object>"
      }
    }
    return HTML.page(title: "\(request.from) → \(request.to)", body: body)
  }

  private static func render(_ path: GraphPath, _ n: Int, _ count: Int, _ snapshot: GraphSnapshot) -> String {
    let hops = path.hops == 1 ? "1 hop" : "\(path.hops) hops"
    let title = count > 1 ? "Path \(n + 1) of \(count): \(hops)" : hops
    var out = "<h2>\(title)</h2><ol class=\"hops\">"
    for e in path.edges {
      let hop = snapshot.index.hop(e)
      guard let s = snapshot.index.vertex(hop.subject), let o = snapshot.index.vertex(hop.object) else {
        continue
      }
      let role = hop.role.map { " (\(HTML.escape($0)))" } ?? ""
      let date = hop.details?.asOf.map { ", as of \(HTML.escape($0))" } ?? ""
      out += "<li>\(HTML.entityLink(s, in: snapshot)) —\(HTML.escape(hop.predicate.rawValue))\(role)→ "
      out += "\(HTML.entityLink(o, in: snapshot))\(date)"
      if let event = AnswerJSON.event(of: hop, in: snapshot.index) {
        out += "<div class=\"muted\">event: \(HTML.escape(event))</div>"
      }
      for evidence in (hop.details?.evidence ?? []).prefix(Limits.evidencePerRelation) {
        out += EvidenceHTML.render(evidence, snapshot.sentence(evidence))
      }
      out += "</li>"
    }
    return out + "</ol>"
  }

  private static func unresolved(
    _ name: String, _ outcome: NameMatcher.Outcome, _ request: PathRequest, _ snapshot: GraphSnapshot
  ) -> String {
    let (text, vertices): (String, [Int32])
    switch outcome {
    case .ambiguous(let candidates): (text, vertices) = ("“\(name)” is ambiguous; which one?", candidates)
    case .unknown(let suggestions): (text, vertices) = ("No entity is named “\(name)”.", suggestions)
    case .found: return ""
    }
    var out = "<p>\(HTML.escape(text))</p><ul class=\"plain\">"
    for v in vertices.prefix(Limits.searchResults) {
      let from = name == request.from ? snapshot.id(v) : request.from
      let to = name == request.from ? request.to : snapshot.id(v)
      let link = HTML.url("/path", [("from", from), ("to", to)])
      out += "<li>\(HTML.entityLink(v, in: snapshot)) <a href=\"\(link)\">use this one</a></li>"
    }
    return out + "</ul>"
  }
}
