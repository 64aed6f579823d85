import CTiesSQLiteConfig
import Foundation
import GRDB
import GRDBSQLite
import TiesModel

/// The persistent knowledge graph: documents with their extractions, entities with their
/// aliases, relations with their evidence, and what extraction missed, in one SQLite file
/// (`<directory>/ties.sqlite`, or the generation that link names once a build has replaced
/// the graph: see `rebuild(waitingUpTo:_:)`).
///
/// Writes replace the whole content in one transaction (`replaceAll(extractions:graph:)`), so
/// an interrupted ingest leaves the previous graph intact. Reads return values in a
/// documented, deterministic order: every multi-row query has an `ORDER BY`, and results are
/// then sorted with the model's own comparators, so output never depends on hashing.
///
/// The store is safe to share between threads; SQLite calls are serialized.
public final class GraphStore: GraphStoring {
  /// The directory the store lives in, as given.
  public let directory: String
  /// The directory, as given.
  public var location: String { directory }
  /// The database file: `directory` followed by `ties.sqlite`.
  public let databasePath: String
  /// Whether this store may write; `.readOnly` stores refuse every write with `.notWritable`.
  public let access: Access
  /// The connection, and the generation `ties.sqlite` named when it was opened (nil for a
  /// plain file); replaced when a build has switched the link (`currentConnection()`), under
  /// `connectionLock`.
  nonisolated(unsafe) private var connection: (queue: DatabaseQueue, generation: String?)
  private let connectionLock = NSLock()

  /// Opens the graph store in `directory` and brings the schema up to date.
  ///
  /// With `.readWrite` (the default: `build`, `ingest`, `import`) the directory and the
  /// database are created as needed. With `.readOnly` (every query) nothing is ever created:
  /// a missing directory or database is refused, and the database is opened read-only, so a
  /// graph in a read-only folder can be queried. A read-only open still repairs what must be
  /// repaired before anything can be read: it rolls back a write that was interrupted (a hot
  /// journal) and applies pending migrations, through a short-lived writable connection to
  /// the existing file.
  ///
  /// - Parameters:
  ///   - directory: the graph directory (`graph` by default).
  ///   - access: whether the store may be created and written (`.readWrite`) or only read.
  /// - Throws: `StoreError.noGraph` (`.readOnly` only) when the directory or its database is
  ///   missing or holds no tables; `.notADirectory` or `.cannotCreateDirectory` or
  ///   `.notWritable` naming the directory; `.notATiesDatabase` naming the file when
  ///   `ties.sqlite` is not SQLite or belongs to another program; `.newerSchema` when a newer
  ///   Ties migrated it; `.database` for any other SQLite failure.
  /// - Complexity: O(1) for an up-to-date database; a migration or a rollback costs what its
  ///   SQL or journal costs.
  public init(directory: String = "graph", access: Access = .readWrite) throws {
    self.directory = directory
    self.access = access
    databasePath =
      directory.hasSuffix("/") ? directory + StoreSchema.fileName : directory + "/" + StoreSchema.fileName
    if access == .readWrite { try Self.prepare(directory: directory) }
    connection = try Self.openFollowingLink(access: access, directory: directory, databasePath: databasePath)
    if access == .readWrite { try Self.withMigrationLock(directory) { try migrate() } }
  }

  /// A connection to the database `databasePath` names, and the generation its link named
  /// while it was opened (read before and after, so that a build switching the link meanwhile
  /// is noticed and the open made again).
  /// - Throws: as `init(directory:access:)`.
  static func openFollowingLink(access: Access, directory: String, databasePath: String) throws
    -> (queue: DatabaseQueue, generation: String?)
  {
    while true {
      let before = GraphGeneration.linked(databasePath)
      let queue =
        access == .readWrite
        ? try openQueue(path: databasePath)
        : try openExisting(directory: directory, databasePath: databasePath)
      if GraphGeneration.linked(databasePath) == before { return (queue, before) }
    }
  }

  /// The connection to the graph's current generation: the one opened before, unless a build
  /// has since switched `ties.sqlite` to another generation, which is then opened.
  /// - Complexity: one `readlink`; an open when the generation changed.
  func currentConnection() throws -> (queue: DatabaseQueue, generation: String?) {
    connectionLock.lock()
    defer { connectionLock.unlock() }
    if GraphGeneration.linked(databasePath) != connection.generation {
      connection = try Self.openFollowingLink(
        access: access, directory: directory, databasePath: databasePath)
    }
    return connection
  }

  /// The connection of `currentConnection()`.
  var dbQueue: DatabaseQueue {
    get throws { try currentConnection().queue }
  }

  /// A writable connection to the database file at `path`, created when missing.
  /// - Throws: `StoreError` naming `path`.
  static func openQueue(path: String) throws -> DatabaseQueue {
    do {
      return try DatabaseQueue(path: path, configuration: configuration(readonly: false))
    } catch {
      throw storeError(error, path: path)
    }
  }

  /// SQLite set up for this process once, before its first connection: without memory
  /// statistics, whose mutex every allocation of every connection takes (a build's two
  /// writing connections waited on it more than they worked). When something else opened a
  /// connection first, SQLite keeps its statistics: slower, not wrong.
  private static let sqliteConfigured: Bool = ties_sqlite_disable_memory_statistics() == SQLITE_OK

  /// How every connection of a store is set up: foreign keys on, a 10-second busy timeout,
  /// memory-mapped reads; with `wal`, the syncing that suits write-ahead logging.
  static func configuration(readonly: Bool, wal: Bool = true) -> Configuration {
    _ = sqliteConfigured
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    configuration.busyMode = .timeout(10)
    configuration.readonly = readonly
    configuration.label = "ties.graph"
    if !readonly && wal {
      configuration.prepareDatabase { db in
        // In WAL mode (set once per database, by `migrate`) a commit stays atomic and the file consistent after a crash without a
        // sync per transaction; the log is synced at checkpoints.
        try db.execute(sql: "PRAGMA synchronous = NORMAL")
      }
    }
    // Large reads (resolution input, exports) through memory mapping, and a page cache that
    // holds the indexes an ingest walks.
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA mmap_size = 1073741824")
      try db.execute(sql: "PRAGMA cache_size = -65536")
    }
    return configuration
  }

  /// Creates `directory` when it is missing and checks that it is a writable directory.
  private static func prepare(directory: String) throws {
    let files = FileManager.default
    var isDirectory: ObjCBool = false
    if files.fileExists(atPath: directory, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else { throw StoreError.notADirectory(path: directory) }
    } else {
      do {
        try files.createDirectory(atPath: directory, withIntermediateDirectories: true)
      } catch {
        throw StoreError.cannotCreateDirectory(path: directory, reason: Self.reason(error))
      }
    }
    guard files.isWritableFile(atPath: directory) else { throw StoreError.notWritable(path: directory) }
  }

  /// The page size of a database this Ties creates, in bytes; one that exists keeps its own.
  /// A build is one transaction whose pages spill into the write-ahead log, and every page
  /// SQLite reads is first looked up in the log's index, at a cost that grows with the log's
  /// frames: larger pages mean fewer frames and fewer lookups (see README, Scale).
  static let pageSize = 16384

  /// Refuses a database that is not ours or is newer than us, then applies pending migrations
  /// (a new database gets pages of `pageSize` bytes first). Then switches the database to
  /// write-ahead logging (readers keep answering from the last committed graph while a writer
  /// works), once: the mode is kept in the file.
  /// Called under `withMigrationLock`.
  private func migrate() throws {
    let isNew = try read { db in try Self.pendingMigrations(db, path: databasePath) } == nil
    do {
      let dbQueue = try self.dbQueue
      if isNew {
        try dbQueue.writeWithoutTransaction { db in
          try db.execute(sql: "PRAGMA page_size = \(Self.pageSize)")
        }
      }
      try StoreSchema.migrator.migrate(dbQueue)
      try dbQueue.writeWithoutTransaction { db in
        if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
          try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
      }
    } catch {
      throw Self.storeError(error, path: databasePath)
    }
  }

  /// The migrations the database still needs; nil for an empty database (no tables), which
  /// needs them all.
  /// - Throws: `StoreError.notATiesDatabase` when it has tables but another application id;
  ///   `.newerSchema` when it has migrations this Ties does not know.
  static func pendingMigrations(_ db: Database, path: String) throws -> [String]? {
    let migrator = StoreSchema.migrator
    let tables =
      try Int.fetchOne(
        db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      ?? 0
    if tables == 0 { return nil }
    let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
    if applicationID != StoreSchema.applicationID {
      throw StoreError.notATiesDatabase(
        path: path, reason: "an SQLite database of another application (application_id \(applicationID))")
    }
    let applied = try migrator.appliedIdentifiers(db)
    let unknown = applied.subtracting(StoreSchema.migrationNames).sorted()
    if !unknown.isEmpty { throw StoreError.newerSchema(path: path, migrations: unknown) }
    return StoreSchema.migrationNames.filter { !applied.contains($0) }
  }

  /// The migrations applied to the database, in order.
  func appliedMigrations() throws -> [String] {
    try read { db in try StoreSchema.migrator.appliedIdentifiers(db).sorted() }
  }

  /// Runs `body` in a read transaction, turning every failure into a `StoreError`.
  func read<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try dbQueue.read(body)
    } catch {
      throw Self.storeError(error, path: databasePath)
    }
  }

  /// Runs `body` in one write transaction, rolled back if it throws; every failure becomes a
  /// `StoreError`.
  func write<T>(_ body: (Database) throws -> T) throws -> T {
    guard access == .readWrite else { throw StoreError.notWritable(path: databasePath) }
    do {
      return try dbQueue.write(body)
    } catch {
      throw Self.storeError(error, path: databasePath)
    }
  }

  /// `error` as a `StoreError` that names `path`.
  static func storeError(_ error: any Error, path: String) -> StoreError {
    if let error = error as? StoreError { return error }
    if let error = error as? DatabaseError {
      let message = error.message ?? "\(error.resultCode)"
      switch error.resultCode {
      case .SQLITE_NOTADB: return .notATiesDatabase(path: path, reason: message)
      case .SQLITE_READONLY, .SQLITE_PERM: return .notWritable(path: path)
      case .SQLITE_CORRUPT: return .corruptRecord(path: path, message: message)
      case .SQLITE_FULL: return .diskFull(path: path)
      // A full disk surfaces as an I/O error when SQLite cannot grow its WAL index (-shm).
      case .SQLITE_IOERR where isOutOfSpace(path): return .diskFull(path: path)
      default: return .database(path: path, message: message)
      }
    }
    if error is RowDecodingError { return .corruptRecord(path: path, message: "\(error)") }
    return .database(path: path, message: reason(error))
  }

  /// Whether the file system holding `path` has no block left for this user.
  private static func isOutOfSpace(_ path: String) -> Bool {
    var info = statvfs()
    let folder = (path as NSString).deletingLastPathComponent
    return statvfs(folder.isEmpty ? "." : folder, &info) == 0 && info.f_bavail == 0
  }

  private static func reason(_ error: any Error) -> String {
    if let error = error as? CocoaError, let underlying = error.underlying as? POSIXError {
      return String(cString: strerror(underlying.code.rawValue))
    }
    return error.localizedDescription
  }
}
