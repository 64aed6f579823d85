import GRDB
import TiesModel

/// A row of `local_relations`: a relation one document states between two of its own local
/// keys, with its evidence.
struct LocalRelationRecord: FetchableRecord, InsertableRecord {
  var relation: LocalRelation

  init(relation: LocalRelation) { self.relation = relation }

  /// The columns `init(row:)` reads, in its order: select them with `columns(of:)`.
  static let columnNames = [
    "document", "subject", "predicate", "object", "role", "sentence", "start", "end", "rule", "confidence",
  ]

  /// `columnNames`, quoted, each qualified by `alias` when given.
  static func columns(of alias: String? = nil) -> String { selection(columnNames, of: alias) }

  /// Reads a row selected with `columns(of:)`, by position.
  init(row: Row) throws {
    let evidence = Evidence(
      document: try row.decode(atIndex: 0), sentence: try row.decode(atIndex: 5),
      start: try row.decode(atIndex: 6), end: try row.decode(atIndex: 7), rule: try row.decode(atIndex: 8),
      confidence: try row.decode(atIndex: 9))
    relation = LocalRelation(
      subject: try row.decode(atIndex: 1), predicate: Predicate(rawValue: try row.decode(atIndex: 2)),
      object: try row.decode(atIndex: 3), role: try row.decode(atIndex: 4), evidence: evidence)
  }

  static let insertSQL =
    #"INSERT INTO local_relations (document, subject, predicate, object, role, sentence, "start", "end", rule, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"#

  func bind(_ row: inout RowBinder) {
    row.text(relation.evidence.document)
    row.text(relation.subject)
    row.text(relation.predicate.rawValue)
    row.text(relation.object)
    row.text(relation.role)
    row.int(relation.evidence.sentence)
    row.int(relation.evidence.start)
    row.int(relation.evidence.end)
    row.text(relation.evidence.rule)
    row.double(relation.evidence.confidence)
  }
}
