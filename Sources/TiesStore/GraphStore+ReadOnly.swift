import Foundation
import GRDB

#if canImport(Glibc)
  import Glibc
#endif

extension GraphStore {
  /// Whether opening a store may create and write it.
  public enum Access: Sendable, Equatable {
    /// Create the directory and the database when missing; reads and writes (`build`, `ingest`,
    /// `import`).
    case readWrite
    /// Open an existing graph only, never creating a file or a directory; reads only (every
    /// query).
    case readOnly
  }

  /// Opens the existing database `databasePath` of `directory` read-only, after repairing
  /// what keeps it from being read: an interrupted write is rolled back and pending
  /// migrations are applied, each through a short-lived writable connection to the existing
  /// file (SQLite cannot roll back a hot journal on a read-only connection).
  ///
  /// - Throws: `StoreError.noGraph` when the directory or the database file is missing, or
  ///   the database holds no tables; `.notADirectory` when a file is in the way;
  ///   `.notATiesDatabase`, `.newerSchema`, `.notWritable` (a repair was needed but the file
  ///   cannot be written) or `.database` naming the file.
  /// - Complexity: O(1) for an up-to-date database.
  static func openExisting(directory: String, databasePath: String) throws -> DatabaseQueue {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
      throw StoreError.noGraph(directory: directory)
    }
    guard isDirectory.boolValue else { throw StoreError.notADirectory(path: directory) }
    guard FileManager.default.fileExists(atPath: databasePath) else {
      throw StoreError.noGraph(directory: directory)
    }
    if let queue = try openIfReadable(directory: directory, databasePath: databasePath) { return queue }
    // A hot journal or pending migrations: repair through a writable connection, then read.
    let writable = try openQueue(path: databasePath)
    try withMigrationLock(directory) {
      do {
        try StoreSchema.migrator.migrate(writable)
      } catch {
        throw storeError(error, path: databasePath)
      }
    }
    try writable.close()
    guard let queue = try openIfReadable(directory: directory, databasePath: databasePath) else {
      throw StoreError.database(path: databasePath, message: "still needs repair after a writable open")
    }
    return queue
  }

  /// A connection that only reads when the database can be read as it is; nil when it must
  /// first be repaired (a hot journal to roll back, or migrations to apply).
  ///
  /// When the file and its directory are writable, the connection is opened for writing (the
  /// store itself refuses writes: `GraphStore.write` checks `access`), so that, being the
  /// last to close, it can remove the WAL files SQLite makes while reading, and a query
  /// leaves the folder as it found it. Otherwise it is a read-only connection.
  /// - Throws: as `openExisting(directory:databasePath:)`.
  private static func openIfReadable(directory: String, databasePath: String) throws -> DatabaseQueue? {
    let writable = Glibc.access(databasePath, W_OK) == 0 && Glibc.access(directory, W_OK) == 0
    do {
      let configuration = configuration(readonly: !writable, wal: false)
      let queue = try DatabaseQueue(path: databasePath, configuration: configuration)
      guard let pending = try queue.read({ db in try pendingMigrations(db, path: databasePath) }) else {
        throw StoreError.noGraph(directory: directory)
      }
      return pending.isEmpty ? queue : nil
    } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_READONLY_ROLLBACK {
      return nil
    } catch {
      throw storeError(error, path: databasePath)
    }
  }
}
