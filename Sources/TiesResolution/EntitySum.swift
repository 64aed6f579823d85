import TiesModel

/// What the clusters of one entity add up to (surface forms, type votes, mentions, dates,
/// event keys), and the entity they make: one computation for a resolution's assembly and for
/// an ingest that adds clusters to a stored entity (`Resolver.summedEntity`).
struct EntitySum {
  var surfaces: [String: Int] = [:]
  var votes: [EntityType: Double] = [:]
  var mentionCount = 0
  /// The canonical name and aliases the lexicon gives the first cluster's key that has one.
  var known: (name: String, aliases: [String])?
  var events: [Cluster.EventKey] = []
  var dates: [String: Int] = [:]

  /// Adds `cluster`, of local key `key`, read in place.
  /// - Complexity: O(its distinct surfaces, types and dates).
  mutating func add(_ cluster: Cluster, key: String, _ knowledge: ResolutionKnowledge) {
    for (s, n) in cluster.surfaces { surfaces[s, default: 0] += n }
    for (t, v) in cluster.typeVotes { votes[t, default: 0] += v }
    mentionCount += Int(cluster.mentionCount)
    if known == nil, let k = knowledge.knownNames[key] { known = k }
    if let e = cluster.event { events.append(e) }
    for (d, n) in cluster.dates { dates[d, default: 0] += n }
  }

  /// The entity's name, type, aliases (unsorted, the name left out), date (events only) and
  /// identity: the key of its id before a suffix tells it from another of the same name.
  /// - Complexity: O(s log s) for s distinct surfaces.
  func entityParts() -> (
    name: String, type: EntityType, aliases: Set<String>, date: String?, identity: String
  ) {
    let type = votes.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }?.key ?? .company
    let name = known?.name ?? Self.canonicalName(surfaces, type: type)
    var aliases = Set(surfaces.keys)
    for a in known?.aliases ?? [] where surfaces.keys.contains(where: { $0.lowercased() == a.lowercased() }) {
      aliases.insert(a)
    }
    aliases.remove(name)
    var identity = NameMatching.words(name).joined(separator: " ")
    var date: String?
    if type == .event, let e = events.first {
      // Ordinal, series in the order of the name, year: "57-korea-japan-business-conference-2025".
      let year = events.compactMap(\.year).min()
      let series = name.split(separator: " ").filter { w in !(w.first?.isNumber ?? false) }
      identity =
        "\(e.ordinal.map { "\($0) " } ?? "")\(series.joined(separator: " "))\(year.map { " \($0)" } ?? "")"
      date = dates.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
    return (name, type, aliases, date, identity)
  }

  /// The name to show: for people and organizations the most written full name (never an
  /// acronym when a longer name exists), ties broken by length and then alphabetically.
  static func canonicalName(_ surfaces: [String: Int], type: EntityType) -> String {
    let candidates = surfaces.filter { !NameMatching.isAcronym($0.key) }
    let pool = candidates.isEmpty ? surfaces : candidates
    let multiWord = pool.filter { NameMatching.words($0.key).count >= 2 }
    let chosen = (multiWord.isEmpty ? pool : multiWord)
    if type == .event {
      return chosen.max { ($0.key.count, $1.key) < ($1.key.count, $0.key) }?.key ?? ""
    }
    return chosen.max { ($0.value, $0.key.count, $1.key) < ($1.value, $1.key.count, $0.key) }?.key ?? ""
  }
}

extension Resolver {
  /// The entity resolution makes of clusters whose mentions all have type `type` (not an
  /// event), from the surface forms of all their mentions with how often each is written,
  /// and its id before any suffix: what `resolve` gives those clusters when they are one
  /// entity and no other entity shares that id. `key` is the key of one of them, for the
  /// lexicon's known names. An ingest uses it to add new clusters to a stored entity without
  /// reading each of its clusters.
  /// - Complexity: O(s log s) for s distinct surfaces.
  public func summedEntity(key: String, type: EntityType, surfaces: [String: Int]) -> (
    entity: Entity, baseID: EntityID
  ) {
    var sum = EntitySum()
    var cluster = Cluster()
    cluster.surfaces = Tally(surfaces)
    cluster.typeVotes.add(type, 1)
    sum.add(cluster, key: key, knowledge)
    // Of all the graph's mentions of the entity: counted here, past what a cluster holds.
    sum.mentionCount = surfaces.values.reduce(0, +)
    let (name, type, aliases, date, identity) = sum.entityParts()
    let id = EntityID(type: type, key: identity)
    return (
      Entity(
        id: id, name: name, type: type, aliases: aliases.sorted(), date: date, mentionCount: sum.mentionCount),
      id
    )
  }

  /// The name the lexicon gives `key`, if it knows one: the name of any entity whose first
  /// cluster has that key.
  /// - Complexity: O(1).
  public func knownName(ofKey key: String) -> String? { knowledge.knownNames[key]?.name }
}
