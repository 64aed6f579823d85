import ArgumentParser
import TiesFormats
import TiesModel
import TiesStore

/// Where a command reads its graph: the store in `--graph` (default), or a GraphML file given
/// with `--from`, read by streaming so that a graph of millions of nodes never sits in memory
/// twice.
struct GraphSourceOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp("Read this GraphML file instead of the graph store.", valueName: "file.graphml"))
  var from: String?

  /// The whole graph in memory (for exports and small graphs).
  /// - Throws: `StoreError`, `FormatsError`.
  func loadGraph(_ global: GlobalOptions) throws -> KnowledgeGraph {
    if let from {
      let read = try GraphMLReader().readGraph(path: from)
      for warning in read.warnings { Diagnostics.note(warning.description) }
      return read.graph
    }
    return try global.existingStore().graph()
  }

  /// The in-memory index for graph algorithms, streamed straight from the GraphML file when
  /// `--from` is given (no intermediate `KnowledgeGraph`).
  /// - Throws: `StoreError`, `FormatsError`, `IndexError`.
  func loadIndex(_ global: GlobalOptions, keepEvidence: Bool = true) throws -> KnowledgeGraphIndex {
    if let from {
      var builder = KnowledgeGraphIndexBuilder(keepEvidence: keepEvidence)
      for warning in try GraphMLReader().read(path: from, into: &builder) {
        Diagnostics.note(warning.description)
      }
      return try builder.index()
    }
    return try global.existingStore().graph().index(keepEvidence: keepEvidence)
  }
}
