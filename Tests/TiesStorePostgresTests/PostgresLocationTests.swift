import Testing
import TiesStore

@testable import TiesStorePostgres

/// Reading `--graph postgresql://...` values: every part, the defaults, and clear refusals
/// that never repeat the password.
struct PostgresLocationTests {
  @Test func readsEveryPart() throws {
    let location = try PostgresLocation(
      url: "postgresql://analyst:s3cr%40t@db.example.org:6543/news?sslmode=require", environment: [:])
    #expect(location.user == "analyst")
    #expect(location.password == "s3cr@t")
    #expect(location.host == "db.example.org")
    #expect(location.port == 6543)
    #expect(location.database == "news")
    #expect(location.tls == .require)
    #expect(location.description == "postgresql://analyst@db.example.org:6543/news")
    #expect(location.server == "db.example.org:6543")
  }

  @Test func defaultsPortTLSAndPasswordFromTheEnvironment() throws {
    let location = try PostgresLocation(
      url: "postgres://team@localhost/graph", environment: ["PGPASSWORD": "from-env"])
    #expect(location.port == 5432)
    #expect(location.tls == .disable)
    #expect(location.password == "from-env")
    let without = try PostgresLocation(url: "postgres://team@localhost/graph", environment: [:])
    #expect(without.password == nil)
  }

  @Test func readsAnIPv6Host() throws {
    let location = try PostgresLocation(url: "postgresql://u@[::1]:5433/g", environment: [:])
    #expect(location.host == "::1")
    #expect(location.port == 5433)
    #expect(location.server == "[::1]:5433")
  }

  @Test(
    arguments: [
      ("postgresql://db.example.org/news", "names no user"),
      ("postgresql://:pw@db.example.org/news", "the user is empty"),
      ("postgresql://u:topsecret@db.example.org", "names no database"),
      ("postgresql://u:topsecret@db.example.org:99999/news", "not a number from 1 to 65535"),
      ("postgresql://u:topsecret@db.example.org:port/news", "not a number from 1 to 65535"),
      ("postgresql://u:topsecret@/news", "the host is empty"),
      ("postgresql://u:topsecret@h/news?sslmode=always", "sslmode must be disable, prefer or require"),
      ("postgresql://u:topsecret@h/news?timeout=3", "unknown parameter 'timeout'"),
      ("postgresql://u:topsecret@[::1/news", "lacks its ]"),
    ])
  func refusesABadURLSayingWhatIsWrong(_ url: String, _ reason: String) throws {
    let error = try #require(throws: StoreError.self) { try PostgresLocation(url: url, environment: [:]) }
    guard case .badGraphURL(let shown, let why) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(why.contains(reason), "\(why)")
    #expect(!shown.contains("topsecret") && !error.description.contains("topsecret"))
  }

  @Test func tellsAURLFromAFolder() {
    #expect(GraphStores.isDatabaseURL("postgresql://u@h/d"))
    #expect(GraphStores.isDatabaseURL("postgres://u@h/d"))
    #expect(!GraphStores.isDatabaseURL("graph"))
    #expect(!GraphStores.isDatabaseURL("./postgres/graph"))
  }
}
