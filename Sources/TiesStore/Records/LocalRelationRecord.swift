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

  var insertArguments: StatementArguments {
    [
      relation.evidence.document, relation.subject, relation.predicate.rawValue, relation.object,
      relation.role,
      relation.evidence.sentence, relation.evidence.start, relation.evidence.end, relation.evidence.rule,
      relation.evidence.confidence,
    ]
  }
}
