import TiesModel
import TiesQuery

/// The home page and the search results page.
enum SearchPages {
  /// `/`: what the graph holds, and its most connected entities.
  static func home(_ snapshot: GraphSnapshot, reloadError: String?) -> String {
    var body = "<h1>Knowledge graph</h1>"
    if let reloadError {
      body += "<p class=\"note\">The store changed but could not be reloaded: \(HTML.escape(reloadError))</p>"
    }
    let g = snapshot.index.graph
    body +=
      "<p class=\"muted\">\(HTML.count(snapshot.documentCount)) documents, "
      + "\(HTML.count(g.vertexCount)) entities, \(HTML.count(g.edgeCount)) relations.</p>"
    body += "<table><tr><th>type</th><th>entities</th></tr>"
    for (type, count) in snapshot.typeCounts {
      body += "<tr><td>\(HTML.typeBadge(type))</td><td>\(HTML.count(count))</td></tr>"
    }
    body += "</table><h2>Most connected</h2><ul class=\"plain\">"
    for v in snapshot.hubs {
      body +=
        "<li>\(HTML.entityLink(v, in: snapshot)) <span class=\"muted\">\(g.degree(of: v)) relations</span></li>"
    }
    body += "</ul>"
    return HTML.page(title: "Knowledge graph", body: body)
  }

  /// `/search?q=`: every candidate of the tier the query matched in (at most
  /// `Limits.searchResults`), with counts by type; suggestions when nothing matched.
  static func results(_ query: String?, _ snapshot: GraphSnapshot) -> String {
    guard let query else {
      return HTML.page(
        title: "Search", body: "<h1>Search</h1><p>Type a name, an alias, an acronym or an id.</p>")
    }
    let found = snapshot.matcher.search(query)
    var body = "<h1>Search: \(HTML.escape(query))</h1>"
    if found.tier == .none {
      body += "<p>No entity is named “\(HTML.escape(query))”.</p>"
      if case .unknown(let suggestions) = snapshot.matcher.match(query), !suggestions.isEmpty {
        body += "<h2>Did you mean</h2>" + list(suggestions, snapshot)
      }
      return HTML.page(title: "Search", query: query, body: body)
    }
    var counts: [EntityType: Int] = [:]
    for v in found.vertices { counts[snapshot.type(v), default: 0] += 1 }
    let summary = counts.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }
      .map { "\(HTML.typeBadge($0.key)) \(HTML.count($0.value))" }.joined(separator: " ")
    let total = found.vertices.count
    body +=
      "<p class=\"muted\">\(HTML.count(total)) \(total == 1 ? "entity" : "entities") by "
      + "\(tierText(found.tier)): \(summary)</p>"
    if total > Limits.searchResults {
      body +=
        "<p class=\"note\">Showing the first \(Limits.searchResults) by id; type more of the name to narrow it.</p>"
    }
    body += list(Array(found.vertices.prefix(Limits.searchResults)), snapshot)
    return HTML.page(title: "Search", query: query, body: body)
  }

  private static func list(_ vertices: [Int32], _ snapshot: GraphSnapshot) -> String {
    let g = snapshot.index.graph
    var out = "<ul class=\"plain results\">"
    for v in vertices {
      let aliases = snapshot.entities[Int(v)].aliases
      let also =
        aliases.isEmpty
        ? "" : " <span class=\"muted\">also " + HTML.escape(aliases.joined(separator: "; ")) + "</span>"
      out +=
        "<li>\(HTML.entityLink(v, in: snapshot))\(also) <span class=\"muted\">\(g.degree(of: v)) relations</span></li>"
    }
    return out + "</ul>"
  }

  static func tierText(_ tier: NameMatcher.Tier) -> String {
    switch tier {
    case .id: return "id"
    case .exact: return "name or alias"
    case .acronym: return "acronym"
    case .words: return "words of a name"
    case .none: return "nothing"
    }
  }
}
