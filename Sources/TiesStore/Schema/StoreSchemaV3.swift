import GRDB

/// Migration `v3`: what an ingest needs to resolve again only what its articles can reach.
///
/// - `cluster_buckets`: for each cluster (a document's local key), the lookup strings under
///   which a merge rule may pair it with another (`Resolver.buckets(of:)`); an ingest follows
///   them from its new clusters to every cluster it may merge with.
/// - `entities.base_id`: the id an entity has before a suffix tells it from another of the
///   same name, so an ingest finds the entities whose suffix it may shift.
/// - `store_state`: facts about the store as a whole; `buckets = complete` once every stored
///   document's buckets are written (graphs of older schemas get them at their next ingest).
enum StoreSchemaV3 {
  static func migrate(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE cluster_buckets (
          bucket TEXT NOT NULL,
          document TEXT NOT NULL REFERENCES documents(name) ON DELETE CASCADE,
          key TEXT NOT NULL
        );
        CREATE INDEX cluster_buckets_by_bucket ON cluster_buckets(bucket);
        CREATE INDEX cluster_buckets_by_cluster ON cluster_buckets(document, key);
        ALTER TABLE entities ADD COLUMN base_id TEXT;
        CREATE INDEX entities_by_base_id ON entities(base_id);
        CREATE TABLE store_state (
          name TEXT NOT NULL PRIMARY KEY,
          value TEXT NOT NULL
        );
        """)
    // An empty graph is complete as it is.
    if try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") == 0 {
      try db.execute(sql: "INSERT INTO store_state (name, value) VALUES ('buckets', 'complete')")
    }
  }
}
