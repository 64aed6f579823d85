import GRDB

/// Migration `v4`: relations found by both ends.
///
/// An ingest that adds mentions to two stored entities reads the relations between them
/// (`GraphWriting.relations(between:)`); by its subject alone that read went through every
/// relation of the subject, tens of thousands for a person who attends many events.
/// `relations_by_ends` finds them at once and serves every look-up by subject too, so it
/// replaces `relations_by_subject`.
enum StoreSchemaV4 {
  static func migrate(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE INDEX relations_by_ends ON relations(subject, object);
        DROP INDEX relations_by_subject;
        """)
  }
}
