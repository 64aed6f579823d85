import GRDB
import TiesModel

/// A row of `relations`: a relation without its evidence, with its attributes as JSON.
package struct RelationRecord: FetchableRecord, InsertableRecord {
  /// The rowid; nil before insertion.
  package var id: Int64?
  package var subject: String
  package var predicate: String
  package var object: String
  package var role: String?
  package var asOf: String?
  package var confidence: Double
  /// A JSON object (see `StoreCoding`).
  package var attributes: String

  /// - Throws: `StoreError.encodingFailed` when an attribute cannot be written as JSON.
  package init(relation: Relation, coding: StoreCoding) throws {
    id = nil
    subject = relation.subject.rawValue
    predicate = relation.predicate.rawValue
    object = relation.object.rawValue
    role = relation.role
    asOf = relation.asOf
    confidence = relation.confidence
    attributes = try coding.encodeAttributes(
      relation.attributes,
      what: "attributes of relation \(relation.subject) \(relation.predicate) \(relation.object)")
  }

  package init(row: Row) throws {
    id = try row.decode(forColumn: "id")
    subject = try row.decode(forColumn: "subject")
    predicate = try row.decode(forColumn: "predicate")
    object = try row.decode(forColumn: "object")
    role = try row.decode(forColumn: "role")
    asOf = try row.decode(forColumn: "as_of")
    confidence = try row.decode(forColumn: "confidence")
    attributes = try row.decode(forColumn: "attributes")
  }

  static let insertSQL =
    #"INSERT INTO relations (id, subject, predicate, object, role, as_of, confidence, attributes, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"#

  /// A digest of the relation and its evidence, written only by inserts.
  package var fingerprint: Int64?

  func bind(_ row: inout RowBinder) {
    row.int(id)
    row.text(subject)
    row.text(predicate)
    row.text(object)
    row.text(role)
    row.text(asOf)
    row.double(confidence)
    row.text(attributes)
    row.int(fingerprint)
  }

  /// The relation, with `evidence` as given.
  /// - Throws: `StoreError.corruptRecord` when the attributes are not valid JSON.
  package func relation(evidence: [Evidence], coding: StoreCoding, path: String) throws -> Relation {
    Relation(
      subject: EntityID(rawValue: subject), predicate: Predicate(rawValue: predicate),
      object: EntityID(rawValue: object), role: role, asOf: asOf, confidence: confidence, evidence: evidence,
      attributes: try coding.decodeAttributes(
        attributes, path: path, what: "attributes of relation \(subject) \(predicate) \(object)"))
  }
}

/// A row of `evidence`: one piece of evidence of the relation with rowid `relationID`.
struct EvidenceRecord: FetchableRecord, InsertableRecord {
  package var relationID: Int64
  package var evidence: Evidence

  init(relationID: Int64, evidence: Evidence) {
    self.relationID = relationID
    self.evidence = evidence
  }

  package init(row: Row) throws {
    relationID = try row.decode(forColumn: "relation_id")
    evidence = Evidence(
      document: try row.decode(forColumn: "document"), sentence: try row.decode(forColumn: "sentence"),
      start: try row.decode(forColumn: "start"), end: try row.decode(forColumn: "end"),
      rule: try row.decode(forColumn: "rule"), confidence: try row.decode(forColumn: "confidence"))
  }

  static let insertSQL =
    #"INSERT INTO evidence (relation_id, document, sentence, "start", "end", rule, confidence) VALUES (?, ?, ?, ?, ?, ?, ?)"#

  func bind(_ row: inout RowBinder) {
    row.int(relationID)
    row.text(evidence.document)
    row.int(evidence.sentence)
    row.int(evidence.start)
    row.int(evidence.end)
    row.text(evidence.rule)
    row.double(evidence.confidence)
  }
}
