import TiesStore

/// Opens the graph store a `--graph` value names: a PostgreSQL URL (`postgresql://` or
/// `postgres://`, see `PostgresLocation`) or a folder holding the SQLite store.
public enum GraphStores {
  /// Whether `graph` names a PostgreSQL database rather than a folder.
  public static func isDatabaseURL(_ graph: String) -> Bool { PostgresLocation.isURL(graph) }

  /// The store `graph` names.
  /// - Parameters:
  ///   - access: `.readOnly` creates nothing: a missing folder, database file or graph schema is
  ///     `StoreError.noGraph`.
  /// - Throws: what `GraphStore.init(directory:access:)` or `PostgresGraphStore.init` throws;
  ///   `StoreError.badGraphURL` for a URL that cannot be read.
  public static func open(_ graph: String, access: GraphStore.Access) throws -> any GraphStoring {
    if isDatabaseURL(graph) {
      return try PostgresGraphStore(try PostgresLocation(url: graph), access: access)
    }
    return try GraphStore(directory: graph, access: access)
  }

  /// A value that changes whenever a write to the store commits, for readers that keep a copy
  /// of the graph: the PostgreSQL generation counter; nil for a folder (watch its files).
  public static func generation(of store: any GraphReading) throws -> String? {
    try (store as? PostgresGraphStore)?.generation()
  }
}
