import Foundation
import PostgresNIO
import TiesStore

/// The tables of a graph in PostgreSQL, as versioned migrations.
///
/// They hold what the SQLite schema (`StoreSchema`, v1–v5) holds, with the same meaning (the
/// relations found by both ends through the indexes by subject and by object, which PostgreSQL
/// combines, where SQLite has one index of both), and
/// differ only where SQLite's row ids carried meaning:
/// - rows that keep an order within their document (mentions, misses, local relations) carry an
///   `ordinal`, and evidence one within its relation;
/// - a relation's `id` is a 64-bit digest of its identity (subject, predicate, object, role),
///   computed by Ties, not a sequence: no table draws on a counter shared across rows, so a
///   distributed PostgreSQL (Citus) can shard document tables by `document` and entity tables
///   by entity id.
///
/// A migration, once released, never changes; `ties_migrations` lists those applied, and
/// `ties_state` marks the database as a Ties graph (`application = ties`). Migrations run in
/// one transaction under an advisory lock, so concurrent first opens apply them once.
enum PostgresSchema {
  /// The advisory lock key of migrations (ASCII `TIESMIGR`).
  static let migrationLock: Int64 = 0x5449_4553_4D49_4752
  /// The advisory lock key writers take for their whole transaction (ASCII `TIESWRIT`).
  static let writerLock: Int64 = 0x5449_4553_5752_4954

  /// The migrations, in order, by name.
  static let migrations: [(name: String, sql: String)] = [("v1", v1), ("v2", v2)]

  /// Two indexes no query uses, dropped as SQLite's `v5` drops them: `relations_by_predicate`
  /// (only the count per predicate read it, a scan either way) and `evidence_by_document` (no
  /// query finds evidence by its document). Every build and ingest kept them up to date.
  static let v2 = """
    DROP INDEX IF EXISTS relations_by_predicate;
    DROP INDEX IF EXISTS evidence_by_document;
    """

  /// Every table of the graph, v1.
  static let v1 = """
    CREATE TABLE ties_state (name TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO ties_state (name, value) VALUES ('application', 'ties'), ('buckets', 'complete'),
      ('generation', '0');

    CREATE TABLE documents (
      name TEXT PRIMARY KEY,
      path TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      dateline TEXT,
      headline TEXT,
      has_extraction BOOLEAN NOT NULL,
      ingested BIGINT NOT NULL
    );

    CREATE TABLE sentences (
      document TEXT NOT NULL REFERENCES documents(name) ON DELETE CASCADE,
      idx BIGINT NOT NULL,
      "start" BIGINT NOT NULL,
      "end" BIGINT NOT NULL,
      text TEXT NOT NULL,
      PRIMARY KEY (document, idx)
    );

    CREATE TABLE entities (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      match_key TEXT NOT NULL,
      type TEXT NOT NULL,
      date TEXT,
      mention_count BIGINT NOT NULL,
      attributes TEXT NOT NULL,
      fingerprint BIGINT,
      base_id TEXT
    );
    CREATE INDEX entities_by_type ON entities(type);
    CREATE INDEX entities_by_match_key ON entities(match_key);
    CREATE INDEX entities_by_base_id ON entities(base_id);

    CREATE TABLE aliases (
      entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
      alias TEXT NOT NULL,
      match_key TEXT NOT NULL,
      PRIMARY KEY (entity_id, alias)
    );
    CREATE INDEX aliases_by_match_key ON aliases(match_key);

    CREATE TABLE mentions (
      document TEXT NOT NULL REFERENCES documents(name) ON DELETE CASCADE,
      ordinal BIGINT NOT NULL,
      entity_id TEXT REFERENCES entities(id) ON DELETE SET NULL,
      sentence BIGINT NOT NULL,
      "start" BIGINT NOT NULL,
      "end" BIGINT NOT NULL,
      text TEXT NOT NULL,
      type TEXT NOT NULL,
      rule TEXT NOT NULL,
      confidence DOUBLE PRECISION NOT NULL,
      local_key TEXT NOT NULL,
      date TEXT,
      PRIMARY KEY (document, ordinal)
    );
    CREATE INDEX mentions_by_entity ON mentions(entity_id);
    CREATE INDEX mentions_by_key ON mentions(document, local_key);

    CREATE TABLE relations (
      id BIGINT PRIMARY KEY,
      subject TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
      predicate TEXT NOT NULL,
      object TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
      role TEXT,
      as_of TEXT,
      confidence DOUBLE PRECISION NOT NULL,
      attributes TEXT NOT NULL,
      fingerprint BIGINT
    );
    CREATE INDEX relations_by_subject ON relations(subject);
    CREATE INDEX relations_by_object ON relations(object);
    CREATE INDEX relations_by_predicate ON relations(predicate);

    CREATE TABLE evidence (
      relation_id BIGINT NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
      ordinal BIGINT NOT NULL,
      document TEXT NOT NULL,
      sentence BIGINT NOT NULL,
      "start" BIGINT NOT NULL,
      "end" BIGINT NOT NULL,
      rule TEXT NOT NULL,
      confidence DOUBLE PRECISION NOT NULL,
      PRIMARY KEY (relation_id, ordinal)
    );
    CREATE INDEX evidence_by_document ON evidence(document, sentence);

    CREATE TABLE misses (
      document TEXT NOT NULL REFERENCES documents(name) ON DELETE CASCADE,
      ordinal BIGINT NOT NULL,
      sentence BIGINT NOT NULL,
      "start" BIGINT NOT NULL,
      "end" BIGINT NOT NULL,
      text TEXT NOT NULL,
      reason TEXT NOT NULL,
      PRIMARY KEY (document, ordinal)
    );

    CREATE TABLE local_relations (
      document TEXT NOT NULL REFERENCES documents(name) ON DELETE CASCADE,
      ordinal BIGINT NOT NULL,
      subject TEXT NOT NULL,
      predicate TEXT NOT NULL,
      object TEXT NOT NULL,
      role TEXT,
      sentence BIGINT NOT NULL,
      "start" BIGINT NOT NULL,
      "end" BIGINT NOT NULL,
      rule TEXT NOT NULL,
      confidence DOUBLE PRECISION NOT NULL,
      PRIMARY KEY (document, ordinal)
    );

    CREATE TABLE cluster_buckets (
      bucket TEXT NOT NULL,
      document TEXT NOT NULL REFERENCES documents(name) ON DELETE CASCADE,
      key TEXT NOT NULL
    );
    CREATE INDEX cluster_buckets_by_bucket ON cluster_buckets(bucket);
    CREATE INDEX cluster_buckets_by_cluster ON cluster_buckets(document, key);
    """

  /// Brings the schema of the database `session` is connected to up to date, or, with
  /// `create` false, only checks that it holds a graph of a schema this Ties knows.
  /// - Throws: `StoreError.noGraph` (not `create`) when the database holds no graph;
  ///   `.notATiesDatabase` when it holds tables called like ours that are not a Ties graph;
  ///   `.newerSchema` when a newer Ties migrated it; `.server`.
  static func migrate(_ session: PostgresSession, create: Bool) throws {
    let path = session.location.description
    let applied = try appliedMigrations(session)
    let known = Set(migrations.map(\.name))
    if let applied {
      let unknown = applied.subtracting(known).sorted()
      if !unknown.isEmpty { throw StoreError.newerSchema(path: path, migrations: unknown) }
      if applied.count == migrations.count { return }
    } else if !create {
      throw StoreError.noGraph(directory: path)
    }
    guard create else { throw StoreError.notWritable(path: path) }
    // READ COMMITTED, so that what is read after the lock includes a concurrent first open's
    // migrations (see PostgresGraphStore.write).
    try session.query("BEGIN ISOLATION LEVEL READ COMMITTED")
    do {
      try session.query("SELECT pg_advisory_xact_lock(\(migrationLock))")
      let now = try appliedMigrations(session) ?? []
      if now.isEmpty, try tableExists(session, "documents") {
        throw StoreError.notATiesDatabase(
          path: path, reason: "it has a table 'documents' that Ties did not create; use another database")
      }
      if now.isEmpty {
        try session.query("CREATE TABLE ties_migrations (name TEXT PRIMARY KEY)")
      }
      for migration in migrations where !now.contains(migration.name) {
        // One statement at a time: the extended protocol takes one per message.
        for statement in migration.sql.components(separatedBy: ";\n")
        where !statement.allSatisfy(\.isWhitespace) {
          try session.query(statement)
        }
        var binds = PostgresBindings()
        binds.append(migration.name)
        try session.query("INSERT INTO ties_migrations (name) VALUES ($1)", binds)
      }
      try session.query("COMMIT")
    } catch {
      _ = try? session.query("ROLLBACK")
      throw error
    }
  }

  /// The names of the applied migrations; nil when the database has no `ties_migrations`.
  static func appliedMigrations(_ session: PostgresSession) throws -> Set<String>? {
    guard try tableExists(session, "ties_migrations") else { return nil }
    let rows = try session.query("SELECT name FROM ties_migrations")
    return Set(try rows.map { try $0.decode(String.self) })
  }

  /// Whether the current schema has a table called `name`.
  static func tableExists(_ session: PostgresSession, _ name: String) throws -> Bool {
    var binds = PostgresBindings()
    binds.append(name)
    return try !session.query(
      "SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = $1", binds
    )
    .isEmpty
  }
}
