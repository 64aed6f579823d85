import ArgumentParser
import TiesStore

/// Flags every command takes.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long, help: ArgumentHelp("The graph folder (SQLite store and lexicon.yaml).", valueName: "dir"))
  var graph: String = "graph"

  /// The user's lexicon file inside the graph folder.
  var lexiconPath: String { graph + "/lexicon.yaml" }

  /// The store of `--graph` for a command that only reads: it creates nothing.
  /// - Throws: `StoreError.noGraph` when the folder or its database does not exist, and
  ///   what `GraphStore.init(directory:access:)` throws.
  func existingStore() throws -> GraphStore { try GraphStore(directory: graph, access: .readOnly) }

  /// The store of `--graph` for a command that writes, created when missing.
  /// - Throws: what `GraphStore.init(directory:access:)` throws.
  func store() throws -> GraphStore { try GraphStore(directory: graph, access: .readWrite) }
}

/// Flags of the commands that read articles.
struct ReadingOptions: ParsableArguments {
  @Flag(name: .long, help: "Replace invalid UTF-8 with U+FFFD instead of stopping with an error.")
  var lossy = false
}
