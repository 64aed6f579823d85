import Foundation
import GRDB
import TiesModel

/// Migration `v2`: what incremental ingest needs to resolve again from the store alone,
/// without decoding every stored extraction.
///
/// - `local_relations`: each document's relations between its own mentions' local keys, with
///   their evidence (the input of resolution, beside `mentions`).
/// - `mentions.date`: the date an event mention gives.
/// - `entities.fingerprint`, `relations.fingerprint`: a 64-bit digest of everything the row and
///   its aliases or evidence hold, so that an ingest rewrites only what changed without
///   reading the evidence of every relation back.
/// - `mentions_by_key`: mentions by document and local key.
///
/// Graphs written before `v2` are filled in from their stored extractions, once.
enum StoreSchemaV2 {
  static func migrate(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE local_relations (
          document TEXT NOT NULL REFERENCES documents(name) ON DELETE CASCADE,
          subject TEXT NOT NULL,
          predicate TEXT NOT NULL,
          object TEXT NOT NULL,
          role TEXT,
          sentence INTEGER NOT NULL,
          "start" INTEGER NOT NULL,
          "end" INTEGER NOT NULL,
          rule TEXT NOT NULL,
          confidence REAL NOT NULL
        );
        CREATE INDEX local_relations_by_document ON local_relations(document);
        ALTER TABLE mentions ADD COLUMN date TEXT;
        ALTER TABLE entities ADD COLUMN fingerprint INTEGER;
        ALTER TABLE relations ADD COLUMN fingerprint INTEGER;
        CREATE INDEX mentions_by_key ON mentions(document, local_key);
        """)
    try backfill(db)
  }

  /// Fills `local_relations` and `mentions.date` from the extractions stored before `v2`.
  /// - Throws: `StoreError.corruptRecord` when a stored extraction cannot be decoded.
  /// - Complexity: O(size of the stored extractions).
  private static func backfill(_ db: Database) throws {
    let coding = StoreCoding()
    let rows = try Row.fetchCursor(
      db, sql: "SELECT name, extraction FROM documents WHERE extraction IS NOT NULL ORDER BY name")
    while let row = try rows.next() {
      let name: String = row["name"]
      guard let blob: Data = row["extraction"], !blob.isEmpty else { continue }
      let extraction = try coding.decode(
        DocumentExtraction.self, from: blob, path: "ties.sqlite", what: "the extraction of '\(name)'")
      for relation in extraction.relations {
        try LocalRelationRecord(relation: relation).insert(db)
      }
      for mention in extraction.mentions where mention.date != nil {
        try db.execute(
          sql:
            #"UPDATE mentions SET date = ? WHERE document = ? AND sentence = ? AND "start" = ? AND "end" = ?"#,
          arguments: [
            mention.date, name, mention.evidence.sentence, mention.evidence.start, mention.evidence.end,
          ])
      }
    }
  }
}
