import GRDB
import TiesModel

extension GraphStore {
  /// Counts of documents, entities by type, relations by predicate, mentions and misses.
  ///
  /// Types and predicates appear only when counted, the extracted kinds first in their
  /// summary order (`EntityType.extracted`, `Predicate.extracted`), then others by name.
  /// - Throws: `StoreError.database`.
  /// - Complexity: O(V + M + X) to count, and O(P) for the P predicates (`relation_counts`).
  public func stats() throws -> StoreStats {
    try read { db in
      let documents = try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0
      let mentions = try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions") ?? 0
      let misses = try Int.fetchOne(db, sql: "SELECT count(*) FROM misses") ?? 0
      let types = try Row.fetchAll(
        db, sql: "SELECT type AS key, count(*) AS n FROM entities GROUP BY type ORDER BY type")
      let predicates = try Row.fetchAll(
        db, sql: "SELECT predicate AS key, n FROM relation_counts WHERE n > 0 ORDER BY predicate")
      return StoreStats(
        documents: documents,
        entitiesByType: try Self.counts(types, known: EntityType.extracted, make: EntityType.init(rawValue:)),
        relationsByPredicate: try Self.counts(
          predicates, known: Predicate.extracted, make: Predicate.init(rawValue:)),
        mentions: mentions, misses: misses)
    }
  }

  /// `rows` of (`key`, `n`) as counts, `known` keys first in their order, then the rest by name.
  private static func counts<Key: RawRepresentable & Hashable & Sendable>(
    _ rows: [Row], known: [Key], make: (String) -> Key
  ) throws -> [StoreStats.Count<Key>] where Key.RawValue == String {
    let all = try rows.map { row in
      StoreStats.Count(
        key: make(try row.decode(String.self, forColumn: "key")), count: try row.decode(forColumn: "n"))
    }
    func rank(_ key: Key) -> Int { known.firstIndex(of: key) ?? known.count }
    return all.sorted { a, b in
      (rank(a.key), a.key.rawValue) < (rank(b.key), b.key.rawValue)
    }
  }
}
