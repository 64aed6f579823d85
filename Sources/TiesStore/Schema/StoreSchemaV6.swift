import GRDB

/// Migration `v6`: the count of relations per predicate, kept up to date by triggers.
///
/// Every `ties ingest` ends with the graph's summary (`GraphStore.stats()`), whose count of
/// relations per predicate was a scan of every relation: 42 ms of a 0.5 s ingest of 100
/// articles into a graph of 20,000 generated ones, 0.47 s in a graph of 100,000: a cost that
/// grew with the graph, not with what the ingest adds.
/// `relation_counts` holds one row per predicate ever stored (its count may fall to 0); the
/// triggers change it with each inserted, deleted (also by a foreign key's cascade) or
/// re-labelled relation, so a write pays one small update per relation it writes (2.6 µs).
/// A bulk load sets the triggers aside with the indexes; the build's one write of relations
/// into a graph that held none (`GraphWriting.insertRelations`) sets the counts itself.
enum StoreSchemaV6 {
  /// The triggers that keep `relation_counts` up to date.
  static let triggers = """
    CREATE TRIGGER relation_counts_after_insert AFTER INSERT ON relations BEGIN
      INSERT INTO relation_counts (predicate, n) VALUES (NEW.predicate, 1)
        ON CONFLICT (predicate) DO UPDATE SET n = n + 1;
    END;
    CREATE TRIGGER relation_counts_after_delete AFTER DELETE ON relations BEGIN
      UPDATE relation_counts SET n = n - 1 WHERE predicate = OLD.predicate;
    END;
    CREATE TRIGGER relation_counts_after_update AFTER UPDATE OF predicate ON relations BEGIN
      UPDATE relation_counts SET n = n - 1 WHERE predicate = OLD.predicate;
      INSERT INTO relation_counts (predicate, n) VALUES (NEW.predicate, 1)
        ON CONFLICT (predicate) DO UPDATE SET n = n + 1;
    END;
    """

  static func migrate(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE relation_counts (
          predicate TEXT NOT NULL PRIMARY KEY,
          n INTEGER NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO relation_counts (predicate, n)
          SELECT predicate, count(*) FROM relations GROUP BY predicate;
        """)
    try db.execute(sql: triggers)
  }

  /// Makes `counts` the stored counts: what a graph holds after its first relations are
  /// stored, by the triggers or, in a bulk load that set them aside, by this.
  /// - Complexity: O(P) for the P predicates.
  static func setRelationCounts(_ db: Database, _ counts: [String: Int]) throws {
    try db.execute(sql: "DELETE FROM relation_counts")
    for (predicate, n) in counts.sorted(by: { $0.key < $1.key }) {
      try db.execute(
        sql: "INSERT INTO relation_counts (predicate, n) VALUES (?, ?)", arguments: [predicate, n])
    }
  }
}
