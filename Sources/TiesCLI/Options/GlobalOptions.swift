import ArgumentParser
import Foundation
import TiesStore
import TiesStorePostgres

/// Flags every command takes.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: [.customLong("graph")],
    help: ArgumentHelp(
      """
      The graph: a folder (SQLite store and lexicon.yaml), or a PostgreSQL database as \
      postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE (password also from PGPASSWORD). \
      Default: $TIES_GRAPH, else the folder graph.
      """, valueName: "dir|url"))
  var graphOption: String?

  /// The graph of `--graph`, else of `TIES_GRAPH`, else the folder `graph`.
  var graph: String {
    graphOption ?? ProcessInfo.processInfo.environment["TIES_GRAPH"].flatMap { $0.isEmpty ? nil : $0 }
      ?? "graph"
  }

  /// The user's lexicon file: `lexicon.yaml` inside the graph folder; a PostgreSQL graph has
  /// none (nil).
  var lexiconPath: String? { GraphStores.isDatabaseURL(graph) ? nil : graph + "/lexicon.yaml" }

  /// The store of `--graph` for a command that only reads: it creates nothing.
  /// - Throws: `StoreError.noGraph` when the folder, its database or the graph's tables do not
  ///   exist, and what `GraphStores.open` throws.
  func existingStore() throws -> any GraphStoring { try GraphStores.open(graph, access: .readOnly) }

  /// The store of `--graph` for a command that writes, created when missing.
  /// - Throws: what `GraphStores.open` throws.
  func store() throws -> any GraphStoring { try GraphStores.open(graph, access: .readWrite) }
}

/// Flags of the commands that read articles.
struct ReadingOptions: ParsableArguments {
  @Flag(name: .long, help: "Replace invalid UTF-8 with U+FFFD instead of stopping with an error.")
  var lossy = false
}
