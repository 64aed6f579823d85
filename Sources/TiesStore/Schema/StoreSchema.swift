import GRDB

/// The database schema of a graph store, as a list of versioned migrations.
///
/// A migration, once released, never changes: a new column or table is a new migration
/// (`v2`, `v3`, …) appended to `migrator`. Every table a query reads is listed here with the
/// indexes those queries use.
enum StoreSchema {
  /// `PRAGMA application_id` of a Ties database: the ASCII bytes `TIES`.
  static let applicationID: Int32 = 0x5449_4553

  /// The name of the database file inside the graph directory.
  static let fileName = "ties.sqlite"

  /// The migrations, in order.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1", migrate: v1)
    migrator.registerMigration("v2", migrate: StoreSchemaV2.migrate)
    migrator.registerMigration("v3", migrate: StoreSchemaV3.migrate)
    migrator.registerMigration("v4", migrate: StoreSchemaV4.migrate)
    migrator.registerMigration("v5", migrate: StoreSchemaV5.migrate)
    migrator.registerMigration("v6", migrate: StoreSchemaV6.migrate)
    return migrator
  }

  /// The identifiers of the registered migrations, in order.
  static var migrationNames: [String] { migrator.migrations }

  /// Documents with their sentences, mentions and misses; entities with their aliases;
  /// relations with their evidence.
  private static func v1(_ db: Database) throws {
    try db.execute(sql: "PRAGMA application_id = \(applicationID)")
    try db.execute(
      sql: """
        CREATE TABLE documents (
          name TEXT NOT NULL PRIMARY KEY,
          path TEXT NOT NULL,
          content_hash TEXT NOT NULL,
          dateline TEXT,
          headline TEXT,
          extraction BLOB,
          ingested INTEGER NOT NULL
        );

        CREATE TABLE sentences (
          document TEXT NOT NULL REFERENCES documents(name) ON DELETE CASCADE,
          idx INTEGER NOT NULL,
          "start" INTEGER NOT NULL,
          "end" INTEGER NOT NULL,
          text TEXT NOT NULL,
          PRIMARY KEY (document, idx)
        ) WITHOUT ROWID;

        CREATE TABLE entities (
          id TEXT NOT NULL PRIMARY KEY,
          name TEXT NOT NULL,
          match_key TEXT NOT NULL,
          type TEXT NOT NULL,
          date TEXT,
          mention_count INTEGER NOT NULL,
          attributes TEXT NOT NULL
        );
        CREATE INDEX entities_by_type ON entities(type);
        CREATE INDEX entities_by_match_key ON entities(match_key);

        CREATE TABLE aliases (
          entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
          alias TEXT NOT NULL,
          match_key TEXT NOT NULL,
          UNIQUE (entity_id, alias)
        );
        CREATE INDEX aliases_by_match_key ON aliases(match_key);

        CREATE TABLE mentions (
          entity_id TEXT REFERENCES entities(id) ON DELETE SET NULL,
          document TEXT NOT NULL REFERENCES documents(name) ON DELETE CASCADE,
          sentence INTEGER NOT NULL,
          "start" INTEGER NOT NULL,
          "end" INTEGER NOT NULL,
          text TEXT NOT NULL,
          type TEXT NOT NULL,
          rule TEXT NOT NULL,
          confidence REAL NOT NULL,
          local_key TEXT NOT NULL
        );
        CREATE INDEX mentions_by_entity ON mentions(entity_id);
        CREATE INDEX mentions_by_document ON mentions(document, sentence);

        CREATE TABLE relations (
          id INTEGER PRIMARY KEY,
          subject TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
          predicate TEXT NOT NULL,
          object TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
          role TEXT,
          as_of TEXT,
          confidence REAL NOT NULL,
          attributes TEXT NOT NULL
        );
        CREATE INDEX relations_by_subject ON relations(subject);
        CREATE INDEX relations_by_object ON relations(object);
        CREATE INDEX relations_by_predicate ON relations(predicate);

        CREATE TABLE evidence (
          relation_id INTEGER NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
          document TEXT NOT NULL,
          sentence INTEGER NOT NULL,
          "start" INTEGER NOT NULL,
          "end" INTEGER NOT NULL,
          rule TEXT NOT NULL,
          confidence REAL NOT NULL
        );
        CREATE INDEX evidence_by_relation ON evidence(relation_id);
        CREATE INDEX evidence_by_document ON evidence(document, sentence);

        CREATE TABLE misses (
          document TEXT NOT NULL REFERENCES documents(name) ON DELETE CASCADE,
          sentence INTEGER NOT NULL,
          "start" INTEGER NOT NULL,
          "end" INTEGER NOT NULL,
          text TEXT NOT NULL,
          reason TEXT NOT NULL
        );
        CREATE INDEX misses_by_document ON misses(document, sentence);
        """)
  }
}
