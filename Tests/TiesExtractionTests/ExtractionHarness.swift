import Testing
import TiesExtraction
import TiesModel
import TiesResolution

/// An entity as a test states it: its type and canonical name.
struct EntityFact: Hashable, Sendable, Comparable, CustomStringConvertible {
  var type: EntityType
  var name: String

  static func person(_ name: String) -> EntityFact { EntityFact(type: .person, name: name) }
  static func company(_ name: String) -> EntityFact { EntityFact(type: .company, name: name) }
  static func association(_ name: String) -> EntityFact { EntityFact(type: .association, name: name) }
  static func government(_ name: String) -> EntityFact { EntityFact(type: .government, name: name) }
  static func event(_ name: String) -> EntityFact { EntityFact(type: .event, name: name) }
  static func place(_ name: String) -> EntityFact { EntityFact(type: .place, name: name) }
  static func agreement(_ name: String) -> EntityFact { EntityFact(type: .agreement, name: name) }

  var description: String { "\(type.rawValue) \"\(name)\"" }
  static func < (a: EntityFact, b: EntityFact) -> Bool { (a.type, a.name) < (b.type, b.name) }
}

/// A relation as a test states it: entity names instead of ids.
struct RelationFact: Hashable, Sendable, Comparable, CustomStringConvertible {
  var subject: String
  var predicate: Predicate
  var object: String
  var role: String?

  static func affiliated(_ person: String, _ organization: String, _ role: String) -> RelationFact {
    RelationFact(subject: person, predicate: .affiliatedWith, object: organization, role: role)
  }
  static func attended(_ person: String, _ event: String) -> RelationFact {
    RelationFact(subject: person, predicate: .attended, object: event, role: nil)
  }
  static func organized(_ organization: String, _ event: String) -> RelationFact {
    RelationFact(subject: organization, predicate: .organized, object: event, role: nil)
  }
  static func heldIn(_ event: String, _ place: String) -> RelationFact {
    RelationFact(subject: event, predicate: .heldIn, object: place, role: nil)
  }

  var description: String {
    "\(subject) \(predicate.rawValue) \(object)" + (role.map { " [\($0)]" } ?? "")
  }
  static func < (a: RelationFact, b: RelationFact) -> Bool { a.description < b.description }
}

/// Extraction and resolution of articles given as text, the way the CLI runs them.
enum Harness {
  /// The built-in lexicon, loaded once for all tests.
  static let builtIn = Result { try Lexicon.builtIn() }

  static func lexicon() throws -> Lexicon { try builtIn.get() }

  /// The entities extraction and resolution make of `text`.
  static func entities(_ text: String) throws -> Set<EntityFact> { try facts(text).entities }

  /// The names of the people extraction and resolution find in `text`, sorted.
  static func people(_ text: String) throws -> [String] {
    try facts(text).entities.filter { $0.type == .person }.map(\.name).sorted()
  }

  /// The people `text` says attended an event, sorted.
  static func attendees(_ text: String) throws -> [String] {
    try facts(text).relations.filter { $0.predicate == .attended }.map(\.subject).sorted()
  }

  /// Extracts `text` as a document called `name`.
  static func extract(_ text: String, name: String = "article.txt", lexicon: Lexicon? = nil) throws
    -> DocumentExtraction
  {
    let extractor = Extractor(lexicon: try lexicon ?? Self.lexicon())
    return extractor.extract(
      text: Array(text.unicodeScalars), name: name, path: "/tmp/" + name, contentHash: "0")
  }

  /// Extracts every `(name, text)` document and resolves them together.
  static func resolve(_ documents: [(name: String, text: String)], lexicon: Lexicon? = nil) throws
    -> Resolver.Result
  {
    let lexicon = try lexicon ?? Self.lexicon()
    let extractions = try documents.map { try extract($0.text, name: $0.name, lexicon: lexicon) }
    let resolver = Resolver(
      knowledge: ResolutionKnowledge(familyNames: lexicon.familyNames, knownNames: lexicon.knownNames()))
    return resolver.resolve(extractions)
  }

  /// The resolved graph of one article, as names.
  static func facts(_ text: String, lexicon: Lexicon? = nil) throws -> (
    entities: Set<EntityFact>, relations: Set<RelationFact>
  ) {
    facts(of: try resolve([("article.txt", text)], lexicon: lexicon).graph)
  }

  static func facts(of graph: KnowledgeGraph) -> (entities: Set<EntityFact>, relations: Set<RelationFact>) {
    let names = Dictionary(graph.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    let entities = Set(graph.entities.map { EntityFact(type: $0.type, name: $0.name) })
    let relations = Set(
      graph.relations.map {
        RelationFact(
          subject: names[$0.subject] ?? $0.subject.rawValue, predicate: $0.predicate,
          object: names[$0.object] ?? $0.object.rawValue, role: $0.role)
      })
    return (entities, relations)
  }
}

/// Records one issue per element missing from `actual` and per element of `actual` not
/// expected, so a failure lists exactly what differs.
func expectSame<T: Hashable & Comparable & CustomStringConvertible>(
  _ actual: Set<T>, _ expected: [T], _ what: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let wanted = Set(expected)
  for missing in wanted.subtracting(actual).sorted() {
    Issue.record("missing \(what): \(missing)", sourceLocation: sourceLocation)
  }
  for extra in actual.subtracting(wanted).sorted() {
    Issue.record("unexpected \(what): \(extra)", sourceLocation: sourceLocation)
  }
}
