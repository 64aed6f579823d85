import GRDB
import TiesModel

/// A row of `local_relations`: a relation one document states between two of its own local
/// keys, with its evidence.
struct LocalRelationRecord: FetchableRecord, InsertableRecord {
  var relation: LocalRelation

  init(relation: LocalRelation) { self.relation = relation }

  init(row: Row) throws {
    let evidence = Evidence(
      document: try row.decode(forColumn: "document"), sentence: try row.decode(forColumn: "sentence"),
      start: try row.decode(forColumn: "start"), end: try row.decode(forColumn: "end"),
      rule: try row.decode(forColumn: "rule"), confidence: try row.decode(forColumn: "confidence"))
    relation = LocalRelation(
      subject: try row.decode(forColumn: "subject"),
      predicate: Predicate(rawValue: try row.decode(forColumn: "predicate")),
      object: try row.decode(forColumn: "object"), role: try row.decode(forColumn: "role"), evidence: evidence
    )
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
