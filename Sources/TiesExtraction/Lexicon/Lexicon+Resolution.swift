extension Lexicon {
  /// The canonical names of well-known bodies, keyed by the local key extraction gives their
  /// mentions, with the acronyms and aliases they go by: resolution names entities with them.
  /// - Complexity: O(b) in the number of bodies.
  public func knownNames() -> [String: (name: String, aliases: [String])] {
    var out: [String: (name: String, aliases: [String])] = [:]
    for key in bodies.keys.sorted() {
      guard let body = bodies[key] else { continue }
      let local = LocalKeys.organization(body.name)
      var aliases = out[local]?.aliases ?? []
      for a in [key] + body.aliases where a != body.name && !aliases.contains(a) { aliases.append(a) }
      out[local] = (body.name, aliases.sorted())
    }
    return out
  }

  /// Family names of every list (lower-cased), for corroborating a reversed name order.
  public var familyNames: Set<String> { koreanSurnames.union(japaneseSurnames) }
}
