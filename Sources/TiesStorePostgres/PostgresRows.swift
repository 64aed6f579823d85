import PostgresNIO
import TiesModel
import TiesStore

/// Typed access to the columns of one result row, by position; a column of an unexpected type
/// is a `StoreError.corruptRecord`.
struct Cells {
  let row: PostgresRandomAccessRow
  let path: String

  init(_ row: PostgresRow, path: String) {
    self.row = row.makeRandomAccess()
    self.path = path
  }

  func value<T: PostgresDecodable>(_ index: Int, as type: T.Type = T.self) throws -> T {
    do {
      return try row[index].decode(T.self)
    } catch {
      throw StoreError.corruptRecord(path: path, message: "column \(row[index].columnName): \(error)")
    }
  }

  func text(_ index: Int) throws -> String { try value(index) }
  func optionalText(_ index: Int) throws -> String? { try value(index, as: String?.self) }
  func int(_ index: Int) throws -> Int { try value(index) }
  func int64(_ index: Int) throws -> Int64 { try value(index) }
  func optionalInt64(_ index: Int) throws -> Int64? { try value(index, as: Int64?.self) }
  func double(_ index: Int) throws -> Double { try value(index) }

  /// Columns `start...start+5` as evidence: document, sentence, start, end, rule, confidence.
  func evidence(from start: Int) throws -> Evidence {
    Evidence(
      document: try text(start), sentence: try int(start + 1), start: try int(start + 2),
      end: try int(start + 3),
      rule: try text(start + 4), confidence: try double(start + 5))
  }
}

/// The column lists the reads select, and how each becomes a model value.
enum Columns {
  static let document = "name, path, content_hash, dateline, headline"
  static func document(_ c: Cells) throws -> Document {
    Document(
      name: try c.text(0), path: try c.text(1), contentHash: try c.text(2), dateline: try c.optionalText(3),
      headline: try c.optionalText(4))
  }

  static let mention =
    #"document, sentence, "start", "end", rule, confidence, text, type, local_key, entity_id, date"#
  static func mention(_ c: Cells) throws -> Mention {
    Mention(
      text: try c.text(6), type: EntityType(rawValue: try c.text(7)), evidence: try c.evidence(from: 0),
      localKey: try c.text(8), entity: try c.optionalText(9).map(EntityID.init(rawValue:)),
      date: try c.optionalText(10))
  }

  static let localRelation =
    #"document, sentence, "start", "end", rule, confidence, subject, predicate, object, role"#
  static func localRelation(_ c: Cells) throws -> LocalRelation {
    LocalRelation(
      subject: try c.text(6), predicate: Predicate(rawValue: try c.text(7)), object: try c.text(8),
      role: try c.optionalText(9), evidence: try c.evidence(from: 0))
  }

  static let miss = #"document, sentence, "start", "end", text, reason"#
  static func miss(_ c: Cells) throws -> Miss {
    Miss(
      text: try c.text(4), document: try c.text(0), sentence: try c.int(1), start: try c.int(2),
      end: try c.int(3),
      reason: try c.text(5))
  }

  /// A relation's row (`id`, then these columns of `relations r`) with its evidence by id.
  static let relation = "r.id, r.subject, r.predicate, r.object, r.role, r.as_of, r.confidence, r.attributes"
  static func relation(_ c: Cells, evidence: [Int64: [Evidence]], coding: StoreCoding, path: String) throws
    -> Relation
  {
    let subject = try c.text(1)
    let predicate = try c.text(2)
    let object = try c.text(3)
    return Relation(
      subject: EntityID(rawValue: subject), predicate: Predicate(rawValue: predicate),
      object: EntityID(rawValue: object), role: try c.optionalText(4), asOf: try c.optionalText(5),
      confidence: try c.double(6),
      evidence: (evidence[try c.int64(0)] ?? []).sorted(by: GraphStore.evidenceOrder),
      attributes: try coding.decodeAttributes(
        try c.text(7), path: path, what: "attributes of relation \(subject) \(predicate) \(object)"))
  }

  static let sentence = #"idx, "start", "end", text"#
  static func sentence(_ c: Cells) throws -> Sentence {
    Sentence(index: try c.int(0), start: try c.int(1), end: try c.int(2), text: try c.text(3))
  }
}

extension PostgresBindings {
  /// Bindings of `values`, in order.
  static func of(_ values: any PostgresDynamicTypeEncodable...) -> PostgresBindings {
    var binds = PostgresBindings(capacity: values.count)
    for value in values { binds.append(value) }
    return binds
  }
}
