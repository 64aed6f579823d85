import GRDB

/// Migration `v5`: three indexes no query uses, which every build made and every ingest kept
/// up to date.
///
/// - `mentions_by_document` (document, sentence): every look-up of a document's mentions goes
///   through `mentions_by_key` (document, local_key), which begins with the document too.
/// - `relations_by_predicate`: only the count of relations per predicate (`ties stats`) read
///   it, a scan either way.
/// - `evidence_by_document`: no query finds evidence by its document: the relations a
///   replaced document held are written again by a resolution, which finds them by their ends.
///
/// Together 99 MB of a 1.79 GB graph of 100,000 generated articles, and 2.5 s of its build.
enum StoreSchemaV5 {
  static func migrate(_ db: Database) throws {
    try db.execute(
      sql: """
        DROP INDEX IF EXISTS mentions_by_document;
        DROP INDEX IF EXISTS relations_by_predicate;
        DROP INDEX IF EXISTS evidence_by_document;
        """)
  }
}
