import Foundation
import TiesModel

/// Everything that can go wrong opening, reading or writing a graph store.
///
/// Each case says what went wrong and where: the directory, the database file, or the document
/// or entity of the input that was refused. Its `description` reads
/// `graph/ties.sqlite: error: not a Ties database (file is not a database)`.
public enum StoreError: LocatedError, Equatable, Sendable {
  /// A command that only reads was pointed at a graph directory that does not exist or holds
  /// no graph database; nothing was created.
  case noGraph(directory: String)
  /// The graph directory could not be created (for example, a parent is missing or read-only).
  case cannotCreateDirectory(path: String, reason: String)
  /// A file that is not a directory is in the way of the graph directory.
  case notADirectory(path: String)
  /// The graph directory or the database file cannot be written.
  case notWritable(path: String)
  /// The file exists but is not a Ties graph database (not SQLite, or another program's).
  case notATiesDatabase(path: String, reason: String)
  /// The database was migrated by a newer version of Ties; `migrations` lists what it does
  /// not know, sorted.
  case newerSchema(path: String, migrations: [String])
  /// A stored row could not be read back (the database was edited by hand or is damaged).
  case corruptRecord(path: String, message: String)
  /// Another process kept the graph locked for writing longer than this one would wait.
  case busy(path: String, waited: Double)
  /// The file system holding the graph is full; a write was rolled back, and the graph is as it
  /// was before the command.
  case diskFull(path: String)
  /// Any other SQLite failure, with SQLite's own message.
  case database(path: String, message: String)
  /// Two extractions, or an extraction and a graph document, disagree about one document name.
  case duplicateDocument(name: String)
  /// An extraction contains a fact that points at another document.
  case inconsistentExtraction(document: String, message: String)
  /// The graph lists the same entity id twice.
  case duplicateEntity(EntityID)
  /// A relation or a mention names an entity that the graph does not contain.
  case unknownEntity(EntityID, referencedBy: String)
  /// A query named a document the store does not hold.
  case unknownDocument(name: String)
  /// A value could not be encoded for storage (for example, an attribute that JSON cannot hold).
  case encodingFailed(what: String, message: String)
  /// `--graph` looked like a database URL but could not be read; `url` has no password.
  case badGraphURL(url: String, reason: String)
  /// No PostgreSQL server answered at `server` (`HOST:PORT`).
  case serverUnreachable(server: String, reason: String)
  /// The PostgreSQL server at `server` refused `user`'s password or login.
  case authenticationFailed(server: String, user: String, message: String)
  /// The PostgreSQL server at `server` has no database called `database`.
  case noDatabase(server: String, database: String)
  /// Any other PostgreSQL failure at `path` (the URL without its password), with the server's
  /// message.
  case server(path: String, message: String)

  public var location: InputLocation? {
    switch self {
    case .cannotCreateDirectory(let path, _), .notADirectory(let path), .notWritable(let path),
      .notATiesDatabase(let path, _), .newerSchema(let path, _), .corruptRecord(let path, _),
      .database(let path, _), .busy(let path, _), .diskFull(let path), .server(let path, _):
      return InputLocation(path: path)
    case .badGraphURL(let url, _): return InputLocation(path: url)
    case .serverUnreachable(let server, _), .authenticationFailed(let server, _, _),
      .noDatabase(let server, _):
      return InputLocation(path: server)
    case .duplicateDocument(let name), .inconsistentExtraction(let name, _), .unknownDocument(let name):
      return InputLocation(path: name)
    case .noGraph, .duplicateEntity, .unknownEntity, .encodingFailed:
      return nil
    }
  }

  public var message: String {
    switch self {
    case .noGraph(let directory):
      return "no graph at \(directory) (build one with: ties build ARTICLES --graph \(directory))"
    case .cannotCreateDirectory(_, let reason):
      return "cannot create the graph directory: \(reason)"
    case .notADirectory:
      return "not a directory; the graph needs a directory here"
    case .notWritable:
      return "not writable; the graph store needs write access"
    case .notATiesDatabase(_, let reason):
      return "not a Ties database (\(reason)); move it away or choose another --graph"
    case .newerSchema(_, let migrations):
      return "written by a newer version of Ties (unknown migrations: \(migrations.joined(separator: ", ")))"
    case .corruptRecord(_, let message):
      return "damaged graph database: \(message)"
    case .busy(_, let waited):
      return String(
        format:
          "another ties process is writing this graph; gave up after waiting %.0f s (wait longer with --wait SECONDS)",
        waited)
    case .diskFull:
      return "no space left on the device; the graph is as it was (free some space and run again)"
    case .database(_, let message):
      return "SQLite: \(message)"
    case .duplicateDocument:
      return "document given twice with different contents"
    case .inconsistentExtraction(_, let message):
      return "inconsistent extraction: \(message)"
    case .duplicateEntity(let id):
      return "entity '\(id)' appears twice in the graph"
    case .unknownEntity(let id, let referencedBy):
      return "unknown entity '\(id)' referenced by \(referencedBy)"
    case .unknownDocument(let name):
      return "no document named '\(name)' in the graph"
    case .encodingFailed(let what, let message):
      return "cannot encode \(what): \(message)"
    case .badGraphURL(_, let reason):
      return "not a usable PostgreSQL URL: \(reason)"
    case .serverUnreachable(let server, let reason):
      return
        "cannot connect to PostgreSQL at \(server) (\(reason)); check that the server runs and accepts TCP "
        + "connections there (listen_addresses, port, firewall), and the host and port in --graph"
    case .authenticationFailed(_, let user, let message):
      return
        "PostgreSQL refused the login of user '\(user)' (\(message)); check the user and password in --graph "
        + "or PGPASSWORD, and pg_hba.conf"
    case .noDatabase(let server, let database):
      // server is HOST:PORT or [IPv6]:PORT.
      let colon = server.lastIndex(of: ":") ?? server.endIndex
      let host = server[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
      let port = server[colon...].dropFirst()
      return
        "no database '\(database)' on the PostgreSQL server; create it with: createdb -h \(host) -p \(port) \(database)"
    case .server(_, let message):
      return "PostgreSQL: \(message)"
    }
  }
}
