import Foundation
import Testing
import TiesExtraction
import TiesModel
import TiesPipeline
import TiesStore
import TiesStoreTestSupport
import TiesTestSupport

/// An ingest adds the new mentions of a place (or a person, a company) the graph holds to its
/// entity without resolving its stored clusters again (`GraphPipeline.absorbKnownClusters`),
/// and the graph is still the one a build of all the articles makes; when the new mentions
/// would rename the place, it is resolved whole as before. On each backend.
struct AbsorptionTests {
  /// One short article of our own: a person of a company at an event held in `city`, each
  /// name its own (initials and event words shared with no other article).
  static func article(_ n: Int, city: String) -> String {
    let people = [
      "Ana Ferreira", "Rui Carvalho", "Marta Souza", "Tiago Mendes", "Ines Duarte", "Paulo Lemos",
    ]
    let companies = [
      "Tagus Freight", "Estuario Naval", "Paulista Ventures", "Corvo Telecom", "Minho Textiles",
      "Serra Energy",
    ]
    let events = [
      "Atlantic Logistics Forum", "Iberian Shipbuilding Summit", "Latin Capital Conference",
      "Coastal Telecom Expo", "Textile Futures Fair", "Clean Power Congress",
    ]
    return """
      Business leaders meet

      \(people[n]), chief executive of \(companies[n]), attended the \(events[n]), which was held in \(city) on Tuesday.

      """
  }

  /// Writes `cities.count` articles, the n-th held in `cities[n]`, named from `first` on.
  static func write(_ cities: [String], first: Int, into folder: String) throws -> [InputFile] {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var paths: [String] = []
    for (offset, city) in cities.enumerated() {
      let path = folder + "/article-\(first + offset).txt"
      try article(first + offset, city: city).write(toFile: path, atomically: true, encoding: .utf8)
      paths.append(path)
    }
    return try InputFiles.collect(paths)
  }

  /// A graph built from the first five articles, all held in Lisbon, with those articles.
  static func fiveInLisbon(_ backend: StoreBackend, prefix: String) throws
    -> (graph: ScratchGraph, store: any GraphStoring, stored: [InputFile])
  {
    let graph = try ScratchGraph(backend, prefix: prefix)
    let stored = try write(
      Array(repeating: "Lisbon", count: 5), first: 0, into: graph.scratch.appending("articles"))
    let store = try graph.store()
    _ = try Fixtures.pipeline.get().build(stored, into: store)
    return (graph, store, stored)
  }

  @Test(arguments: StoreBackend.all) func aNamedPlaceGainsMentionsWithoutResolvingItAgain(
    _ backend: StoreBackend
  )
    throws
  {
    let pipeline = try Fixtures.pipeline.get()
    let (graph, store, stored) = try Self.fiveInLisbon(backend, prefix: "ties-places")
    let new = try Self.write(["Lisbon"], first: 5, into: graph.scratch.appending("articles"))
    let report = try pipeline.ingest(new, into: store)
    // The person, the company and the event of the new article; not the six clusters of Lisbon.
    #expect(report.added == 1 && report.clustersResolved == 3)
    let lisbon = try #require(try store.entity(id: "pl-lisbon"))
    #expect(lisbon.mentionCount == 6)
    #expect(try store.relations(of: "pl-lisbon").count == 6)
    try Self.expectBuiltGraph(graph, from: stored + new)
  }

  /// A person and a company the graph holds, named again together: both are added in place,
  /// and the relation between them is merged again from the local relations between their
  /// clusters, without resolving either.
  @Test(arguments: StoreBackend.all) func aKnownPersonAndCompanyGainAnArticle(_ backend: StoreBackend) throws
  {
    let pipeline = try Fixtures.pipeline.get()
    let (graph, store, stored) = try Self.fiveInLisbon(backend, prefix: "ties-known-people")
    let new = try Self.writeRoles(["chief executive"], first: 0, into: graph.scratch.appending("articles"))
    let report = try pipeline.ingest(new, into: store)
    // The new event; the person, the company and the city are added in place.
    #expect(report.clustersResolved == 1)
    let ana = try #require(try store.findEntities(named: "Ana Ferreira").first)
    #expect(ana.mentionCount == 2)
    let employment = try store.relations(of: ana.id).first { $0.predicate == .affiliatedWith }
    #expect(employment?.evidence.count == 2)
    #expect(try store.relations(of: ana.id).filter { $0.predicate == .attended }.count == 2)
    try Self.expectBuiltGraph(graph, from: stored + new)
  }

  /// A relation merged again in place takes the role most of its articles give: the chief
  /// executive ("ceo") of the stored article stays apart from the chair (another role), and
  /// the chair's relation changes its role when a later ingest makes "chairwoman" the more
  /// frequent ("chair" wins a tie, being first).
  @Test(arguments: StoreBackend.all) func aRelationMergedInPlaceTakesTheMostFrequentRole(
    _ backend: StoreBackend
  ) throws {
    let pipeline = try Fixtures.pipeline.get()
    let (graph, store, stored) = try Self.fiveInLisbon(backend, prefix: "ties-role-in-place")
    let folder = graph.scratch.appending("articles")
    let roles = { (name: String) throws -> [String?] in
      let ana = try #require(try store.findEntities(named: name).first)
      return try store.relations(of: ana.id).filter { $0.predicate == .affiliatedWith }.map(\.role).sorted {
        ($0 ?? "") < ($1 ?? "")
      }
    }
    let first = try Self.writeRoles(["chairwoman", "chair"], first: 1, into: folder)
    #expect(try pipeline.ingest(first, into: store).clustersResolved == 2)
    #expect(try roles("Ana Ferreira") == ["ceo", "chair"])
    try Self.expectBuiltGraph(graph, from: stored + first)
    let second = try Self.writeRoles(["chairwoman"], first: 3, into: folder)
    #expect(try pipeline.ingest(second, into: store).clustersResolved == 1)
    #expect(try roles("Ana Ferreira") == ["ceo", "chairwoman"])
    try Self.expectBuiltGraph(graph, from: stored + first + second, as: "built-again")
  }

  /// Writes an article per role of `roles`: Ana Ferreira of Tagus Freight in that role, at an
  /// event of its own held in Lisbon; named from `first` on.
  static func writeRoles(_ roles: [String], first: Int, into folder: String) throws -> [InputFile] {
    let events = [
      "Harbour Operations Congress", "Port Cities Forum", "Cargo Routes Summit", "Dry Docks Conference",
    ]
    var paths: [String] = []
    for (offset, role) in roles.enumerated() {
      let path = folder + "/role-\(first + offset).txt"
      try """
      Freight chief returns

      Ana Ferreira, \(role) of Tagus Freight, attended the \(events[first + offset]), which was held in Lisbon on Friday.

      """.write(toFile: path, atomically: true, encoding: .utf8)
      paths.append(path)
    }
    return try InputFiles.collect(paths)
  }

  @Test(arguments: StoreBackend.all) func newSpellingsThatRenameAPlaceResolveItWhole(_ backend: StoreBackend)
    throws
  {
    let pipeline = try Fixtures.pipeline.get()
    let graph = try ScratchGraph(backend, prefix: "ties-places-renamed")
    let articles = graph.scratch.appending("articles")
    // Written without its accent twice, with it once: shown without.
    let stored = try Self.write(["Sao Paulo", "Sao Paulo", "São Paulo"], first: 0, into: articles)
    let store = try graph.store()
    _ = try pipeline.build(stored, into: store)
    #expect(try store.entities(type: .place).map(\.name) == ["Sao Paulo"])
    // Two more with the accent: now shown with it, which the stored clusters must be read for.
    let new = try Self.write(["São Paulo", "São Paulo"], first: 3, into: articles)
    let report = try pipeline.ingest(new, into: store)
    #expect(report.clustersResolved == 2 * 3 + 5)
    let places = try store.entities(type: .place)
    #expect(places.map(\.name) == ["São Paulo"] && places.first?.aliases == ["Sao Paulo"])
    #expect(places.first?.mentionCount == 5)
    try Self.expectBuiltGraph(graph, from: stored + new)
  }

  /// Articles of our own, by file name: a person written in both orders, two companies of
  /// the same initials ("TC"), which another article writes alone, and two companies whose
  /// full names admit the same short form ("Kaito Marine").
  static let japaneseArticles = [
    "a1": """
    Shipping talks in Osaka

    Kenji Morimoto, chairman of Setouchi Shipping, attended the Inland Sea Maritime Forum, which was held in Osaka on Monday.
    """,
    "a2": """
    Port leaders gather

    Morimoto Kenji, chairman of Setouchi Shipping, attended the Kansai Harbour Summit, which was held in Kobe on Thursday.
    """,
    "a3": """
    Chemical makers meet

    Yuki Arakawa, president of Tokai Chemical, attended the Polymer Industry Congress, which was held in Nagoya on Friday.
    """,
    "a4": """
    Cement output rises

    Daisuke Ogura, president of Taiyo Cement, attended the Building Materials Expo, which was held in Sendai on Monday.
    """,
    "alone": """
    Resin prices climb

    Haruka Sonoda, a director of TC, attended the Resin Buyers Meeting, which was held in Osaka on Tuesday.
    """,
    "new-family-first": """
    Harbour digital push

    Morimoto Kenji, adviser to Seto Logistics, attended the Port Digitalization Seminar, which was held in Osaka on Friday.
    """,
    "new-given-first": """
    Ferry routes reviewed

    Kenji Morimoto spoke to reporters in Kobe on Saturday about ferry routes and fuel costs.
    """,
    "a5": """
    Ship orders rise

    Sota Hirano, president of Kaito Marine Holdings, attended the Pacific Shipowners Meeting, which was held in Fukuoka on Monday.
    """,
    "a6": """
    Marine insurance

    Rina Kubo, an executive of Kaito Marine Group, attended the Marine Underwriters Conference, which was held in Kyoto on Friday.
    """,
    "new-marine": """
    Fleet renewal

    Takumi Oda, a director of Kaito Marine Holdings, spoke in Fukuoka on Tuesday.
    """,
    "new-defines": """
    Chemical exports grow

    Haruto Ishida, vice president of Tokai Chemical (TC), attended the Asian Plastics Dialogue, which was held in Nagoya on Monday.
    """,
    "new-chemical": """
    Chemical exports grow

    Haruto Ishida, vice president of Tokai Chemical, attended the Asian Plastics Dialogue, which was held in Nagoya on Monday.
    """,
  ]

  /// Writes the articles `names` of `japaneseArticles` into `folder`.
  static func write(_ names: [String], into folder: String) throws -> [InputFile] {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let paths = names.map { folder + "/\($0).txt" }
    for (name, path) in zip(names, paths) {
      try (#require(japaneseArticles[name]) + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
    return try InputFiles.collect(paths)
  }

  /// Builds a graph of the articles `stored`, ingests `new` and checks the graph against a
  /// build of them all.
  /// - Returns: the number of clusters the ingest resolved, and the graph with its store
  ///   (keep the graph while the store is read: it removes its database when it goes).
  static func ingest(_ new: [String], after stored: [String], _ backend: StoreBackend, prefix: String) throws
    -> (resolved: Int, graph: ScratchGraph, store: any GraphStoring)
  {
    let pipeline = try Fixtures.pipeline.get()
    let graph = try ScratchGraph(backend, prefix: prefix)
    let folder = graph.scratch.appending("articles")
    let old = try write(stored, into: folder)
    let store = try graph.store()
    _ = try pipeline.build(old, into: store)
    let added = try write(new, into: folder)
    let report = try pipeline.ingest(added, into: store)
    try expectBuiltGraph(graph, from: old + added)
    return (report.clustersResolved, graph, store)
  }

  /// One entity of two keys: both gain a cluster in one ingest and join it together, its
  /// name summed over the new mentions of both.
  @Test(arguments: StoreBackend.all) func aPersonNamedInBothOrdersGainsBothInPlace(_ backend: StoreBackend)
    throws
  {
    let (resolved, graph, store) = try Self.ingest(
      ["new-family-first", "new-given-first"], after: ["a1", "a2"], backend, prefix: "ties-both-orders")
    // The new company and the new event; not the person's four clusters nor the cities.
    #expect(resolved == 2)
    let person = try #require(try store.findEntities(named: "Kenji Morimoto").first)
    #expect(person.mentionCount == 4 && person.aliases == ["Morimoto Kenji"])
    withExtendedLifetime(graph) {}
  }

  /// A new mention that writes only the entity's name changes neither its name nor its
  /// aliases: the entity's mentions are not counted again, and its aliases stay.
  @Test(arguments: StoreBackend.all) func aMentionOfTheNameAloneKeepsTheAliases(_ backend: StoreBackend)
    throws
  {
    let (resolved, graph, store) = try Self.ingest(
      ["new-given-first"], after: ["a1", "a2"], backend, prefix: "ties-name-alone")
    #expect(resolved == 0)
    let person = try #require(try store.findEntities(named: "Kenji Morimoto").first)
    #expect(person.mentionCount == 3 && person.aliases == ["Morimoto Kenji"])
    withExtendedLifetime(graph) {}
  }

  /// "Tokai Chemical" and "Taiyo Cement" share the initials TC, which another article writes
  /// alone (and which so stand for neither): a new cluster of the one changes nothing the
  /// rules for acronyms decide, which see one cluster of each company.
  @Test(arguments: StoreBackend.all) func initialsAnotherCompanySharesAreNoObstacle(_ backend: StoreBackend)
    throws
  {
    let (resolved, graph, store) = try Self.ingest(
      ["new-chemical"], after: ["a3", "a4", "alone"], backend, prefix: "ties-shared-initials")
    // The new person and the new event.
    #expect(resolved == 2)
    #expect(try store.findEntities(named: "Tokai Chemical").first?.mentionCount == 2)
    withExtendedLifetime(graph) {}
  }

  /// A company that defines its initials for the first time plays a new role: TC, written
  /// alone elsewhere, now stands for it, so it is resolved with the holders of the initials
  /// and the article that writes them, and so are the people tied to what merged.
  @Test(arguments: StoreBackend.all) func aCompanyDefiningItsInitialsIsResolvedWithThem(
    _ backend: StoreBackend
  )
    throws
  {
    let (resolved, graph, store) = try Self.ingest(
      ["new-defines"], after: ["a3", "a4", "alone"], backend, prefix: "ties-defines-initials")
    // Both clusters of Tokai Chemical, TC, Taiyo Cement, the new person and event, and the
    // two people affiliated with Tokai Chemical or TC before.
    #expect(resolved == 8)
    #expect(try store.findEntities(named: "Tokai Chemical").first?.aliases == ["TC"])
    withExtendedLifetime(graph) {}
  }

  /// "Kaito Marine Holdings" and "Kaito Marine Group" both admit the short form "Kaito
  /// Marine", which no article writes: a new cluster of the one is added in place.
  @Test(arguments: StoreBackend.all) func aShortFormAnotherCompanyAdmitsIsNoObstacle(_ backend: StoreBackend)
    throws
  {
    let (resolved, graph, store) = try Self.ingest(
      ["new-marine"], after: ["a5", "a6"], backend, prefix: "ties-shared-short-form")
    // The new person.
    #expect(resolved == 1)
    #expect(try store.findEntities(named: "Kaito Marine Holdings").first?.mentionCount == 2)
    withExtendedLifetime(graph) {}
  }

  /// The GraphML export of `graph` is that of a graph built at once from `files`.
  static func expectBuiltGraph(
    _ graph: ScratchGraph, from files: [InputFile], as name: String = "built",
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let built = graph.scratch.appending(name)
    _ = try Fixtures.pipeline.get().build(files, into: try GraphStore(directory: built))
    #expect(
      try Fixtures.graphML(graph.graph, scratch: graph.scratch)
        == Fixtures.graphML(built, scratch: graph.scratch),
      sourceLocation: sourceLocation)
  }
}
