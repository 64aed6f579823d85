import TiesModel

/// `/entity/{id}`: the entity's aliases, its relations grouped by predicate with role, event,
/// date and evidence, a person's roles over time, and its neighbourhood drawn.
enum EntityPage {
  static func render(_ facts: EntityFacts, _ snapshot: GraphSnapshot) -> String {
    let v = facts.vertex
    let entity = snapshot.entities[Int(v)]
    var body = "<h1>\(HTML.escape(entity.name)) \(HTML.typeBadge(entity.type))</h1>"
    body +=
      "<p class=\"muted\">id \(HTML.escape(entity.id.rawValue)) · \(HTML.count(entity.mentionCount)) mentions"
    body += " · \(HTML.count(snapshot.index.graph.degree(of: v))) relations</p>"
    if !entity.aliases.isEmpty {
      body += "<p>Also written: " + entity.aliases.map(HTML.escape).joined(separator: "; ") + "</p>"
    }
    if facts.truncated {
      body += "<p class=\"note\">A long list: some relations or sentences are left out (at most "
      body +=
        "\(Limits.relationsPerPredicate) relations per kind and \(Limits.evidencePerRelation) sentences each).</p>"
    }
    let picture = HTML.url("/graph.svg", [("focus", entity.id.rawValue), ("radius", "1")])
    body += "<h2>Neighbourhood</h2>"
    body +=
      "<object class=\"picture\" type=\"image/svg+xml\" data=\"\(picture)\">the neighbourhood picture</object>"
    body += "<p class=\"muted\"><a href=\"\(picture)\">Open the picture</a> · "
    body +=
      "<a href=\"\(HTML.url("/graph.svg", [("focus", entity.id.rawValue), ("radius", "2")]))\">two hops</a> · "
    body +=
      "<a href=\"\(HTML.url("/api/entity/" + QueryString.encode(entity.id.rawValue), []))\">JSON</a></p>"
    let timeline = facts.timeline
    if entity.type == .person && !timeline.isEmpty {
      body += "<h2>Roles over time</h2><table>"
      for fact in timeline {
        let date = fact.hop.details?.asOf ?? "undated"
        body += "<tr><td>\(HTML.escape(date))</td><td>\(HTML.escape(fact.hop.role ?? ""))</td>"
        body += "<td>\(HTML.entityLink(fact.other, in: snapshot))</td></tr>"
      }
      body += "</table>"
    }
    for group in facts.groups {
      let more =
        group.total > group.facts.count
        ? " (\(group.facts.count) of \(HTML.count(group.total)))" : " (\(group.total))"
      body += "<h2>\(HTML.escape(group.predicate.rawValue))\(more)</h2>"
      for fact in group.facts { body += relation(fact, snapshot) }
    }
    if facts.groups.isEmpty { body += "<p>No relation names this entity.</p>" }
    return HTML.page(title: entity.name, body: body)
  }

  /// One relation: the other entity, role and date, the event it goes through, its evidence.
  static func relation(_ fact: EntityFacts.Fact, _ snapshot: GraphSnapshot) -> String {
    let hop = fact.hop
    let role = hop.role.map { " as <b>\(HTML.escape($0))</b>" } ?? ""
    let date = hop.details?.asOf.map { " <span class=\"muted\">as of \(HTML.escape($0))</span>" } ?? ""
    let arrow =
      fact.outgoing
      ? "→ \(HTML.escape(hop.predicate.rawValue))" : "← \(HTML.escape(hop.predicate.rawValue)) by"
    var out = "<div class=\"rel\">\(arrow) \(HTML.entityLink(fact.other, in: snapshot))\(role)\(date)"
    for (evidence, sentence) in fact.evidence { out += EvidenceHTML.render(evidence, sentence) }
    return out + "</div>"
  }
}
