import Foundation
import GRDB

#if canImport(Glibc)
  import Glibc
#endif

/// The files of a graph built whole: `ties.sqlite` is a symbolic link to the current
/// generation, `ties-<id>.sqlite`, and a build writes the next one beside it
/// (`ties-<id>.building` until it is complete) and then switches the link.
///
/// SQLite follows the link when it opens the database, and names the write-ahead log and its
/// index after the generation (`ties-<id>.sqlite-wal`), so a reader of the previous generation
/// keeps its files while new readers open the new one.
enum GraphGeneration {
  /// The generation the link `databasePath` names (a file name in the same folder), or nil
  /// when `databasePath` is a plain file or missing.
  /// - Complexity: one `readlink`.
  static func linked(_ databasePath: String) -> String? {
    // On the stack: every read and write of a store asks.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4096) { buffer in
      guard let start = buffer.baseAddress else { return nil }
      let count = readlink(databasePath, start, buffer.count)
      guard count > 0 else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<count]), as: UTF8.self)
    }
  }

  /// A name no generation of this folder has had: the time in microseconds, the process and a
  /// per-process count.
  static func newID() -> String {
    counterLock.lock()
    defer { counterLock.unlock() }
    counter += 1
    let micros = Int(Date().timeIntervalSince1970 * 1_000_000)
    return "\(micros)-\(getpid())-\(counter)"
  }

  nonisolated(unsafe) private static var counter = 0
  private static let counterLock = NSLock()

  /// Whether `name` is a file of some generation: its database, the database being built, or
  /// SQLite's companions of either.
  static func isGenerationFile(_ name: String) -> Bool {
    guard name.hasPrefix("ties-") else { return false }
    return [
      ".sqlite", ".sqlite-wal", ".sqlite-shm", ".sqlite-journal", ".building", ".building-journal",
      ".building-relations",
    ].contains { name.hasSuffix($0) }
  }

  /// Whether `name` (a link's target) is a generation's database: `ties-<id>.sqlite` in the
  /// same folder.
  static func isGeneration(_ name: String) -> Bool {
    name.hasPrefix("ties-") && name.hasSuffix(".sqlite") && !name.contains("/")
  }

  /// Whether a folder whose `ties.sqlite` links to `linked` (nil: a plain file or none) keeps
  /// generations: not when the user linked it to a database elsewhere, whose folder's other
  /// files are not ours.
  static func keepsGenerations(linked: String?) -> Bool { linked.map(isGeneration) ?? true }

  /// The file names of the generation `name` (`ties-<id>.sqlite`) and of its SQLite companions.
  static func files(of name: String) -> [String] {
    [name, name + "-wal", name + "-shm", name + "-journal"]
  }
}

extension GraphStore {
  /// The file name of the generation `ties.sqlite` in `directory` links to; nil when it is a
  /// plain file (a graph never built whole) or missing.
  /// - Complexity: one `readlink`.
  public static func generation(in directory: String) -> String? {
    GraphGeneration.linked(
      (directory.hasSuffix("/") ? directory : directory + "/") + StoreSchema.fileName)
  }

  /// Replaces the whole graph with what `body` writes into an empty one: `body` writes a new
  /// database file, with no write-ahead log and no syncing until it is complete (each page is
  /// written once, where a write into the current database writes it into the log and again
  /// at the checkpoint), and `ties.sqlite` is then switched to it at once (`rename` of a
  /// symbolic link). Until the switch, readers see the previous graph; a reader that has the
  /// previous generation open keeps reading it (its files are unlinked, not overwritten).
  ///
  /// The build holds the current graph's write lock throughout, so other writers queue as for
  /// any write, and find the new generation when they get the lock (`write(waitingUpTo:_:)`).
  /// The files of generations no link names (left by a build that was killed) are removed
  /// first, as by any write (`write(waitingUpTo:_:)`), and those of the generation it
  /// replaced, last.
  ///
  /// Where the folder cannot hold a symbolic link, or `ties.sqlite` is a link the user made to
  /// a database elsewhere, the graph is replaced in one transaction of the current database
  /// instead.
  /// - Throws: `StoreError.busy` when another writer kept the graph longer than `seconds`;
  ///   whatever `body` throws; `StoreError` naming `ties.sqlite` for any storage failure
  ///   (`.diskFull` when the disk fills). On failure the new generation's files are removed and
  ///   the graph is as it was.
  /// - Complexity: what `body` writes, once, plus one `fsync` of the new file.
  public func rebuild<T>(waitingUpTo seconds: Double, _ body: (any GraphWriting) throws -> T) throws -> T {
    try write(waitingUpTo: seconds) { current in
      let id = GraphGeneration.newID()
      let name = "ties-\(id).sqlite"
      let link = folderPath(".ties.sqlite.\(id).link")
      let previous = GraphGeneration.linked(databasePath)
      // A link the user made to a database elsewhere stays; so does a folder without links.
      guard GraphGeneration.keepsGenerations(linked: previous), symlink(name, link) == 0 else {
        try current.removeAll()
        return try body(current)
      }
      let building = folderPath("ties-\(id).building")
      do {
        let result = try build(at: building, body)
        guard rename(building, folderPath(name)) == 0, rename(link, databasePath) == 0 else {
          throw StoreError.database(
            path: databasePath, message: "cannot switch to the new graph: \(String(cString: strerror(errno)))"
          )
        }
        syncFolder()
        // The replaced database's files (a plain `ties.sqlite` leaves only its companions);
        // connections to it keep theirs open.
        for file in GraphGeneration.files(of: previous ?? StoreSchema.fileName)
        where file != StoreSchema.fileName {
          unlink(folderPath(file))
        }
        return result
      } catch {
        unlink(link)
        for file in [building, building + "-journal", building + "-relations"]
          + GraphGeneration.files(of: name).map(folderPath)
        {
          unlink(file)
        }
        if error is DatabaseError { throw Self.storeError(error, path: databasePath) }
        throw error
      }
    }
  }

  /// Writes a complete database at `path` with `body`: the schema, then `body`'s rows in one
  /// transaction whose rollback journal is kept in memory (a new file's pages need none), then
  /// write-ahead logging switched on and the file synced. `body`'s bulk load may have its
  /// relations written ahead into a staging file beside it (`BulkLoad.relationStaging`),
  /// removed when the build ends.
  ///
  /// Foreign keys are not enforced on this connection: every row comes from `body`, which
  /// writes parents before children (documents, entities, relations before the rows that
  /// point at them), and the look-up of each row's parents cost a build of 100,000 articles
  /// 4.5 s of its 71 (mentions 6.2 → 3.5 s, entities and relations 7.4 → 5.6 s). The schema
  /// keeps its foreign keys, which every later connection enforces; tests check the built
  /// graph with `PRAGMA foreign_key_check`.
  private func build<T>(at path: String, _ body: (any GraphWriting) throws -> T) throws -> T {
    var configuration = Self.configuration(readonly: false, wal: false)
    configuration.foreignKeysEnabled = false
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA journal_mode = MEMORY")
      try db.execute(sql: "PRAGMA synchronous = OFF")
      // Read through the page cache: pages of a file being written, mapped, would count in
      // the build's memory (a gigabyte at 100,000 articles).
      try db.execute(sql: "PRAGMA mmap_size = 0")
    }
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA page_size = \(Self.pageSize)") }
    try StoreSchema.migrator.migrate(queue)
    // Where another thread writes the relations ahead (`RelationStaging`), attached before the
    // transaction begins (SQLite attaches none inside one). The transaction is deferred, so it
    // takes no lock on the staging file until it copies what the other connection wrote; no
    // other process knows the new file, so it need not take the write lock at once.
    let stagingPath = path + "-relations"
    defer { unlink(stagingPath) }
    let result = try queue.writeWithoutTransaction { db in
      let staging = try RelationStaging(at: stagingPath, tablesOf: db)
      try db.execute(sql: "ATTACH DATABASE ? AS staging", arguments: [stagingPath])
      var result: T?
      do {
        try db.inTransaction(.deferred) {
          result = try body(GraphWriter(db: db, path: databasePath, staging: staging))
          return .commit
        }
      } catch {
        try? db.execute(sql: "DETACH DATABASE staging")
        throw error
      }
      // Before write-ahead logging is switched on, which would switch the staging file too.
      try db.execute(sql: "DETACH DATABASE staging")
      try db.execute(sql: "PRAGMA journal_mode = WAL")
      return result
    }
    try queue.close()
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0, fsync(fd) == 0 else {
      if fd >= 0 { close(fd) }
      throw StoreError.database(
        path: databasePath, message: "cannot sync the new graph: \(String(cString: strerror(errno)))")
    }
    close(fd)
    guard let result else { throw StoreError.database(path: databasePath, message: "no result") }
    return result
  }

  /// Removes the files of every generation but `keeping`, and every link being prepared: what
  /// killed builds left. Called by `write(waitingUpTo:_:)` under the write lock, before its
  /// body (so before a build makes its own generation and link).
  /// - Complexity: one listing of the folder.
  func removeUnlinkedGenerations(keeping: String?) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
    let kept = Set(keeping.map(GraphGeneration.files(of:)) ?? [])
    for name in names where GraphGeneration.isGenerationFile(name) && !kept.contains(name) {
      unlink(folderPath(name))
    }
    for name in names where name.hasPrefix(".ties.sqlite.") && name.hasSuffix(".link") {
      unlink(folderPath(name))
    }
  }

  /// `name` inside the graph's folder.
  private func folderPath(_ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }

  /// Makes the folder's new entries (the generation, the switched link) durable.
  private func syncFolder() {
    let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return }
    fsync(fd)
    close(fd)
  }
}
