import TiesModel
import TiesStore
import TiesStorePostgres
import TiesTestSupport

/// The two implementations of the store contract, for tests that run on each.
public enum StoreBackend: String, CustomStringConvertible, Sendable {
  case sqlite
  case postgres

  /// SQLite always; PostgreSQL too when `TestServer.available`.
  public static var all: [StoreBackend] { TestServer.available ? [.sqlite, .postgres] : [.sqlite] }

  public var description: String { rawValue }
}

/// An empty graph of one backend, for one test: a folder in a temporary directory, or a fresh
/// database on the test server. Both go away with the value. `scratch` is a temporary
/// directory for the test's other files either way.
public final class ScratchGraph: Sendable {
  public let backend: StoreBackend
  public let scratch: TemporaryDirectory
  /// What `--graph` takes: the folder's path or the database's URL.
  public let graph: String
  private let database: TestDatabase?

  public init(_ backend: StoreBackend, prefix: String = "ties-store") throws {
    self.backend = backend
    scratch = try TemporaryDirectory(prefix: prefix + "-" + backend.rawValue)
    switch backend {
    case .sqlite:
      database = nil
      graph = scratch.appending("graph")
    case .postgres:
      let database = try TestDatabase()
      self.database = database
      graph = database.url
    }
  }

  /// Opens the graph (a new connection each time, as another process would).
  public func store(_ access: GraphStore.Access = .readWrite) throws -> any GraphStoring {
    try GraphStores.open(graph, access: access)
  }

  /// Runs `sql` in the PostgreSQL database; nothing for SQLite.
  public func runOnPostgres(_ sql: String) throws {
    try database?.run(sql)
  }
}

/// Everything a store holds, as its reads return it: equal contents mean equal stores for
/// every reader of the contract.
public struct StoreContent: Equatable, Sendable {
  public var graph: KnowledgeGraph
  public var extractions: [DocumentExtraction]
  public var misses: [Miss]
  public var stats: StoreStats
  public var hashes: [String: String]
}

extension GraphReading {
  /// All that the store holds, read back.
  public func content() throws -> StoreContent {
    StoreContent(
      graph: try graph(), extractions: try extractions(), misses: try misses(), stats: try stats(),
      hashes: try documentHashes())
  }
}
