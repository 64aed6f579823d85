import ArgumentParser
import TiesFormats
import TiesGraph
import TiesModel
import TiesQuery
import TiesStore

/// What the graph commands work on: the index, the aliases of its entities (for name
/// matching), and the store when the graph came from it (for evidence sentences).
struct GraphContext {
  let index: KnowledgeGraphIndex
  /// Vertex → aliases, only for vertices that have some.
  let aliases: [Int32: [String]]
  /// `nil` when the graph was read from a GraphML file.
  let store: (any GraphReading)?

  /// Loads the graph named by `source` (a GraphML file, streamed) or the store of `global`.
  /// - Throws: `StoreError`, `FormatsError`, `IndexError`.
  static func load(
    _ source: GraphSourceOptions, _ global: GlobalOptions, keepEvidence: Bool = false
  ) throws -> GraphContext {
    if let from = source.from {
      var sink = AliasCollectingSink(builder: KnowledgeGraphIndexBuilder(keepEvidence: keepEvidence))
      for warning in try GraphMLReader().read(path: from, into: &sink) {
        Diagnostics.note(warning.description)
      }
      let index = try sink.builder.index()
      return GraphContext(index: index, aliases: sink.vertexAliases(index), store: nil)
    }
    let store = try global.existingStore()
    let graph = try store.graph()
    let index = try graph.index(keepEvidence: keepEvidence)
    var aliases: [Int32: [String]] = [:]
    for entity in graph.entities where !entity.aliases.isEmpty {
      if let v = index.vertex(entity.id) { aliases[v] = entity.aliases }
    }
    return GraphContext(index: index, aliases: aliases, store: store)
  }

  /// The vertex `name` stands for; prints the candidates or suggestions and exits with code 3
  /// when it is ambiguous or unknown.
  func vertex(named name: String) throws -> Int32 {
    try NameMatcher(index: index, aliases: aliases).vertex(named: name)
  }

  /// `Name [type] id`.
  func describe(_ v: Int32) -> String { NameMatcher(index: index, aliases: aliases).describe(v) }

  /// The sentence behind `evidence`, when the graph came from the store.
  func sentence(_ evidence: Evidence) -> String? {
    guard let store else { return nil }
    return (try? store.sentence(document: evidence.document, index: evidence.sentence))?.text
  }

  /// Runs `body` as `Diagnostics.reporting` does, also printing `GraphError`s (exit code 1).
  static func reporting<T>(_ body: () throws -> T) throws -> T {
    try Diagnostics.reporting(body)
  }
}

/// Feeds an index builder and keeps the aliases the index leaves out.
struct AliasCollectingSink: KnowledgeGraphSink {
  var builder: KnowledgeGraphIndexBuilder
  var aliases: [EntityID: [String]] = [:]

  mutating func begin(directed: Bool) throws { try builder.begin(directed: directed) }

  mutating func node(_ entity: Entity) throws {
    if !entity.aliases.isEmpty { aliases[entity.id] = entity.aliases }
    try builder.node(entity)
  }

  mutating func edge(_ relation: Relation, id: String?) throws { try builder.edge(relation, id: id) }

  mutating func end() throws { try builder.end() }

  func vertexAliases(_ index: KnowledgeGraphIndex) -> [Int32: [String]] {
    var out: [Int32: [String]] = [:]
    for (id, names) in aliases { if let v = index.vertex(id) { out[v] = names } }
    return out
  }
}
