import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension GraphStore {
  /// Runs `body` (checking and applying migrations) while holding an exclusive `flock` on the
  /// graph directory, so that processes opening a new or older graph at once migrate it one
  /// after another: each migration runs in its own transaction, and the choice of which to
  /// run must not race with another process running them.
  ///
  /// The lock is on the directory, never on the database file: closing a descriptor of the
  /// database file would drop the POSIX locks SQLite holds on it in this process.
  /// - Throws: `StoreError.database` naming the directory when it cannot be opened or locked;
  ///   whatever `body` throws.
  static func withMigrationLock<T>(_ path: String, _ body: () throws -> T) throws -> T {
    let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else {
      throw StoreError.database(
        path: path, message: "cannot open to migrate: \(String(cString: strerror(errno)))")
    }
    defer { close(fd) }
    while flock(fd, LOCK_EX) != 0 {
      guard errno == EINTR else {
        throw StoreError.database(
          path: path, message: "cannot lock to migrate: \(String(cString: strerror(errno)))")
      }
    }
    defer { flock(fd, LOCK_UN) }
    return try body()
  }
}
