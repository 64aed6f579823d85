import Testing
import TiesExtraction
import TiesModel
import TiesResolution

/// Extraction and resolution of small articles given as text.
enum Harness {
  /// The built-in lexicon, loaded once for all tests.
  static let builtIn = Result { try Lexicon.builtIn() }

  static func resolver() throws -> Resolver {
    let lexicon = try builtIn.get()
    return Resolver(
      knowledge: ResolutionKnowledge(familyNames: lexicon.familyNames, knownNames: lexicon.knownNames()))
  }

  static func extract(_ documents: [String]) throws -> [DocumentExtraction] {
    let extractor = Extractor(lexicon: try builtIn.get())
    return documents.enumerated().map { n, text in
      let name = "doc\(n + 1).txt"
      return extractor.extract(text: Array(text.unicodeScalars), name: name, path: name, contentHash: "\(n)")
    }
  }

  /// Extracts `documents` (named doc1.txt, doc2.txt, …) and resolves them together.
  static func resolve(_ documents: [String]) throws -> Resolver.Result {
    try resolver().resolve(extract(documents))
  }
}

extension KnowledgeGraph {
  /// The entities that go by `name`, as their name or an alias.
  func entities(named name: String) -> [Entity] {
    entities.filter { $0.name == name || $0.aliases.contains(name) }
  }
}

/// Expects `names` to be one entity of `type` in `graph`, and returns it.
@discardableResult
func expectOneEntity(
  _ names: [String], _ type: EntityType, in graph: KnowledgeGraph,
  sourceLocation: SourceLocation = #_sourceLocation
) -> Entity? {
  let found = Set(names.flatMap { graph.entities(named: $0).map(\.id) })
  #expect(found.count == 1, "\(names) are \(found.sorted()), not one entity", sourceLocation: sourceLocation)
  guard found.count == 1, let entity = graph.entities.first(where: { found.contains($0.id) }) else {
    return nil
  }
  #expect(entity.type == type, "\(entity.name) is a \(entity.type)", sourceLocation: sourceLocation)
  #expect(
    Set([entity.name] + entity.aliases) == Set(names), "\(entity.name) also \(entity.aliases)",
    sourceLocation: sourceLocation)
  return entity
}

/// Expects every name of `names` to be a different entity of `graph`.
func expectApart(
  _ names: [String], in graph: KnowledgeGraph, sourceLocation: SourceLocation = #_sourceLocation
) {
  var ids: [EntityID] = []
  for name in names {
    let found = graph.entities(named: name)
    #expect(found.count == 1, "'\(name)' names \(found.count) entities", sourceLocation: sourceLocation)
    ids += found.map(\.id)
  }
  #expect(Set(ids).count == names.count, "\(names) share an entity: \(ids)", sourceLocation: sourceLocation)
}
