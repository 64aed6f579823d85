import TiesGraph

/// The shared synthetic knowledge graph of `BENCHMARKS.md`, streamed into any sink.
///
/// For `people` = N: N people, N/5 companies, N/50 associations, N/100 events (at least one
/// of each when N > 0), that is about 1.23·N nodes, and about 3.5·N edges:
/// - each person is `affiliated_with` 1–3 distinct organizations (1: 45%, 2: 35%, 3: 20%),
///   an association one time in four, else a company, chosen by preferential attachment
///   (35% uniformly, 65% in proportion to the organization's affiliations so far), so a few
///   organizations are huge and most are small; with a `role` (member 70%, adviser 12%,
///   president 8%, vice chairman 6%, chairman 4%) and a `weight` in [0.3, 1.0] that grows
///   with the role;
/// - each person `attended` 0–4 distinct events (16/31/26/18/9%), chosen half uniformly,
///   half by preferential attachment, weight in [0.2, 1.0];
/// - each event is `organized` by 1–2 organizations (preferential), weight 1.
///
/// Nodes carry a made-up Korean, Japanese or English style name and their type; events a
/// date. Ids are `p-<i>`, `c-<i>`, `a-<i>`, `ev-<i>`. Weights are in `attributes["weight"]`,
/// which the index reads. The stream is `begin(directed: true)`, every node (people,
/// companies, associations, events), every edge (per person: affiliations then attendance;
/// then per event: organizers), `end()`. All randomness comes from one SplitMix64 seeded
/// with `seed`, so the stream is identical on every platform.
public enum SyntheticKnowledgeGraph {
  /// How many nodes of each type a graph of `people` people has.
  public struct Counts: Sendable, Hashable {
    public var people: Int
    public var companies: Int
    public var associations: Int
    public var events: Int
    public var nodes: Int { people + companies + associations + events }
  }

  public static func counts(people: Int) -> Counts {
    precondition(people >= 0, "people must not be negative")
    if people == 0 { return Counts(people: 0, companies: 0, associations: 0, events: 0) }
    return Counts(
      people: people, companies: max(1, people / 5), associations: max(1, people / 50),
      events: max(1, people / 100))
  }

  static let roles: [(role: String, percent: Int, base: Double)] = [
    ("member", 70, 0.3), ("adviser", 12, 0.5), ("president", 8, 0.7), ("vice chairman", 6, 0.8),
    ("chairman", 4, 0.9),
  ]

  /// Streams the graph into `sink`.
  /// - Parameters:
  ///   - people: N ≥ 0.
  ///   - seed: same seed, same stream.
  /// - Throws: whatever `sink` throws.
  /// - Complexity: O(N) time; O(N) memory for the preferential-attachment urns (about 14
  ///   bytes per person), besides what the sink keeps.
  public static func generate<S: KnowledgeGraphSink>(people: Int, seed: UInt64, into sink: inout S) throws {
    let c = counts(people: people)
    var rng = SplitMix64(seed: seed)
    try sink.begin(directed: true)
    for i in 0..<c.people {
      try sink.node(
        Entity(id: EntityID(rawValue: "p-\(i)"), name: SyntheticNames.person(&rng), type: .person))
    }
    for i in 0..<c.companies {
      try sink.node(
        Entity(id: EntityID(rawValue: "c-\(i)"), name: SyntheticNames.company(&rng), type: .company))
    }
    for i in 0..<c.associations {
      try sink.node(
        Entity(id: EntityID(rawValue: "a-\(i)"), name: SyntheticNames.association(&rng), type: .association))
    }
    for i in 0..<c.events {
      let (name, date) = SyntheticNames.event(&rng)
      try sink.node(Entity(id: EntityID(rawValue: "ev-\(i)"), name: name, type: .event, date: date))
    }
    if c.people == 0 {
      try sink.end()
      return
    }
    var companyUrn: [Int32] = []
    var associationUrn: [Int32] = []
    var eventUrn: [Int32] = []
    companyUrn.reserveCapacity(c.people * 3 / 2)
    associationUrn.reserveCapacity(c.people / 2)
    eventUrn.reserveCapacity(c.people * 2)

    func pickOrganization(_ rng: inout SplitMix64) -> EntityID {
      if rng.below(4) == 0 {
        let a = preferential(&associationUrn, count: c.associations, uniformPercent: 35, &rng)
        return EntityID(rawValue: "a-\(a)")
      }
      let k = preferential(&companyUrn, count: c.companies, uniformPercent: 35, &rng)
      return EntityID(rawValue: "c-\(k)")
    }

    var chosen: [EntityID] = []
    var chosenEvents: [Int32] = []
    for i in 0..<c.people {
      let person = EntityID(rawValue: "p-\(i)")
      let r = rng.below(100)
      let affiliations = r < 45 ? 1 : (r < 80 ? 2 : 3)
      chosen.removeAll(keepingCapacity: true)
      var attempts = 0
      while chosen.count < affiliations && attempts < 10 {
        attempts += 1
        let org = pickOrganization(&rng)
        if chosen.contains(org) { continue }
        chosen.append(org)
        let (role, base) = pickRole(&rng)
        let weight = (base + 0.1 * rng.unit()).clamped(to: 0.3...1.0)
        try sink.edge(
          Relation(
            subject: person, predicate: .affiliatedWith, object: org, role: role,
            attributes: ["weight": .double(rounded(weight))]),
          id: nil)
      }
      let e = rng.below(100)
      let attended = e < 16 ? 0 : (e < 47 ? 1 : (e < 73 ? 2 : (e < 91 ? 3 : 4)))
      chosenEvents.removeAll(keepingCapacity: true)
      attempts = 0
      while chosenEvents.count < min(attended, c.events) && attempts < 10 {
        attempts += 1
        let ev = preferential(&eventUrn, count: c.events, uniformPercent: 50, &rng)
        if chosenEvents.contains(ev) { continue }
        chosenEvents.append(ev)
        try sink.edge(
          Relation(
            subject: person, predicate: .attended, object: EntityID(rawValue: "ev-\(ev)"),
            attributes: ["weight": .double(rounded(0.2 + 0.8 * rng.unit()))]),
          id: nil)
      }
    }
    for i in 0..<c.events {
      let organizers = 1 + rng.below(2)
      chosen.removeAll(keepingCapacity: true)
      var attempts = 0
      while chosen.count < organizers && attempts < 10 {
        attempts += 1
        let org = pickOrganization(&rng)
        if chosen.contains(org) { continue }
        chosen.append(org)
        try sink.edge(
          Relation(
            subject: org, predicate: .organized, object: EntityID(rawValue: "ev-\(i)"),
            attributes: ["weight": .double(1)]),
          id: nil)
      }
    }
    try sink.end()
  }

  /// An index in `0..<count`: uniformly `uniformPercent`% of the time (or while the urn is
  /// empty), otherwise a past choice drawn uniformly from `urn`, so in proportion to how
  /// often it was chosen. The choice is added to the urn.
  private static func preferential(
    _ urn: inout [Int32], count: Int, uniformPercent: Int, _ rng: inout SplitMix64
  ) -> Int32 {
    let pick: Int32
    if urn.isEmpty || rng.below(100) < uniformPercent {
      pick = Int32(rng.below(count))
    } else {
      pick = urn[rng.below(urn.count)]
    }
    urn.append(pick)
    return pick
  }

  private static func pickRole(_ rng: inout SplitMix64) -> (String, Double) {
    var r = rng.below(100)
    for (role, percent, base) in roles {
      if r < percent { return (role, base) }
      r -= percent
    }
    return ("member", 0.3)
  }

  /// Three decimals, so GraphML text round-trips the same value.
  private static func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}

extension Comparable {
  fileprivate func clamped(to range: ClosedRange<Self>) -> Self {
    min(max(self, range.lowerBound), range.upperBound)
  }
}
