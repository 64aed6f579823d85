import Foundation
import TiesStore

/// Where a PostgreSQL graph is: the parts of a
/// `postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=disable|prefer|require]` URL
/// (`postgres://` too).
///
/// The password comes from the URL, or else from `PGPASSWORD` in the environment. It is never
/// part of `description`, which every message uses: `postgresql://USER@HOST:PORT/DATABASE`.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
  /// How the connection is encrypted (`sslmode`).
  public enum TLSMode: String, Sendable, Equatable {
    /// Plain TCP (the default).
    case disable
    /// TLS when the server offers it.
    case prefer
    /// TLS or no connection.
    case require
  }

  public var user: String
  public var password: String?
  public var host: String
  public var port: Int
  public var database: String
  public var tls: TLSMode

  /// Whether `text` names a PostgreSQL graph (it starts with `postgresql://` or `postgres://`)
  /// rather than a folder.
  public static func isURL(_ text: String) -> Bool {
    text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
  }

  /// Parses `url`.
  /// - Parameter environment: where `PGPASSWORD` is looked up when the URL has no password.
  /// - Throws: `StoreError.badGraphURL` saying which part is missing or wrong (the message
  ///   never repeats the password).
  public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
    func refuse(_ reason: String) -> StoreError {
      .badGraphURL(url: Self.redact(url), reason: reason)
    }
    guard Self.isURL(url) else { throw refuse("it must start with postgresql:// or postgres://") }
    let rest = url.drop(while: { $0 != ":" }).dropFirst(3)
    let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
    let authority = rest[..<authorityEnd]
    guard let at = authority.lastIndex(of: "@") else {
      throw refuse("it names no user (write postgresql://USER@HOST:PORT/DATABASE)")
    }
    let credentials = authority[..<at]
    let server = authority[authority.index(after: at)...]
    let userPart = credentials.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
    guard let user = userPart[0].removingPercentEncoding, !user.isEmpty else {
      throw refuse("the user is empty")
    }
    self.user = user
    if userPart.count == 2 {
      guard let password = userPart[1].removingPercentEncoding else {
        throw refuse("the password has a bad %-escape")
      }
      self.password = password
    } else {
      password = environment["PGPASSWORD"]
    }
    // HOST, [IPv6], HOST:PORT or [IPv6]:PORT.
    var hostPart = Substring(server)
    var portText: Substring?
    if hostPart.hasPrefix("[") {
      guard let close = hostPart.firstIndex(of: "]") else { throw refuse("the IPv6 host lacks its ]") }
      let after = hostPart[hostPart.index(after: close)...]
      if after.hasPrefix(":") {
        portText = after.dropFirst()
      } else if !after.isEmpty {
        throw refuse("unexpected text after the host")
      }
      hostPart = hostPart[hostPart.index(after: hostPart.startIndex)..<close]
    } else if let colon = hostPart.lastIndex(of: ":") {
      portText = hostPart[hostPart.index(after: colon)...]
      hostPart = hostPart[..<colon]
    }
    guard !hostPart.isEmpty else { throw refuse("the host is empty") }
    host = String(hostPart)
    if let portText {
      guard let port = Int(portText), (1...65535).contains(port) else {
        throw refuse("the port '\(portText)' is not a number from 1 to 65535")
      }
      self.port = port
    } else {
      port = 5432
    }
    var path = rest[authorityEnd...]
    var query: Substring = ""
    if let mark = path.firstIndex(of: "?") {
      query = path[path.index(after: mark)...]
      path = path[..<mark]
    }
    guard path.hasPrefix("/"), let database = path.dropFirst().removingPercentEncoding, !database.isEmpty,
      !database.contains("/")
    else { throw refuse("it names no database (write postgresql://USER@HOST:PORT/DATABASE)") }
    self.database = database
    tls = .disable
    for pair in query.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, parts[0] == "sslmode" else {
        throw refuse("unknown parameter '\(parts[0])' (only sslmode=disable|prefer|require is understood)")
      }
      guard let mode = TLSMode(rawValue: parts[1]) else {
        throw refuse("sslmode must be disable, prefer or require, not '\(parts[1])'")
      }
      tls = mode
    }
  }

  /// `HOST:PORT`, for messages.
  public var server: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }

  /// The URL without its password.
  public var description: String { "postgresql://\(user)@\(server)/\(database)" }

  /// `url` with anything between `//` and `@` after the first `:` replaced by `***`.
  static func redact(_ url: String) -> String {
    guard let schemeEnd = url.range(of: "://") else { return url }
    let rest = url[schemeEnd.upperBound...]
    let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
    guard let at = rest[..<authorityEnd].lastIndex(of: "@"),
      let colon = rest[..<at].firstIndex(of: ":")
    else { return url }
    return String(url[..<rest.index(after: colon)]) + "***" + String(url[at...])
  }
}
