import Foundation
import GRDB
import TiesModel

/// A row of `documents`: a document's metadata, its encoded extraction, and when it was stored.
struct DocumentRecord: FetchableRecord, InsertableRecord {
  /// The columns `documents()` reads: everything but the extraction blob.
  static let metadataColumns = "name, path, content_hash, dateline, headline, ingested"

  var document: Document
  /// Empty for a document whose extraction is stored in the rows of sentences, mentions,
  /// local relations and misses; the JSON of its `DocumentExtraction` in graphs written before
  /// schema v3; nil for a document known only from a graph, and when the query did not
  /// select it.
  var extraction: Data?
  /// Position in the list the document was stored from.
  var ingested: Int

  init(document: Document, extraction: Data?, ingested: Int) {
    self.document = document
    self.extraction = extraction
    self.ingested = ingested
  }

  init(row: Row) throws {
    document = Document(
      name: try row.decode(forColumn: "name"), path: try row.decode(forColumn: "path"),
      contentHash: try row.decode(forColumn: "content_hash"),
      dateline: try row.decode(forColumn: "dateline"), headline: try row.decode(forColumn: "headline"))
    extraction = try row.decode(forColumn: "extraction")
    ingested = try row.decode(forColumn: "ingested")
  }

  static let insertSQL =
    #"INSERT INTO documents (name, path, content_hash, dateline, headline, extraction, ingested) VALUES (?, ?, ?, ?, ?, ?, ?)"#

  func bind(_ row: inout RowBinder) {
    row.text(document.name)
    row.text(document.path)
    row.text(document.contentHash)
    row.text(document.dateline)
    row.text(document.headline)
    row.blob(extraction)
    row.int(ingested)
  }
}

/// A row of `sentences`.
struct SentenceRecord: FetchableRecord, InsertableRecord {
  var document: String
  var sentence: Sentence

  init(document: String, sentence: Sentence) {
    self.document = document
    self.sentence = sentence
  }

  init(row: Row) throws {
    document = try row.decode(forColumn: "document")
    sentence = Sentence(
      index: try row.decode(forColumn: "idx"), start: try row.decode(forColumn: "start"),
      end: try row.decode(forColumn: "end"), text: try row.decode(forColumn: "text"))
  }

  static let insertSQL =
    #"INSERT INTO sentences (document, idx, "start", "end", text) VALUES (?, ?, ?, ?, ?)"#

  func bind(_ row: inout RowBinder) {
    row.text(document)
    row.int(sentence.index)
    row.int(sentence.start)
    row.int(sentence.end)
    row.text(sentence.text)
  }
}

/// A row of `misses`.
struct MissRecord: FetchableRecord, InsertableRecord {
  var miss: Miss

  init(miss: Miss) { self.miss = miss }

  init(row: Row) throws {
    miss = Miss(
      text: try row.decode(forColumn: "text"), document: try row.decode(forColumn: "document"),
      sentence: try row.decode(forColumn: "sentence"), start: try row.decode(forColumn: "start"),
      end: try row.decode(forColumn: "end"), reason: try row.decode(forColumn: "reason"))
  }

  static let insertSQL =
    #"INSERT INTO misses (document, sentence, "start", "end", text, reason) VALUES (?, ?, ?, ?, ?, ?)"#

  func bind(_ row: inout RowBinder) {
    row.text(miss.document)
    row.int(miss.sentence)
    row.int(miss.start)
    row.int(miss.end)
    row.text(miss.text)
    row.text(miss.reason)
  }
}

/// A row of `mentions`: a mention with the entity resolution assigned it.
struct MentionRecord: FetchableRecord, InsertableRecord {
  var mention: Mention

  init(mention: Mention) { self.mention = mention }

  /// The columns `init(row:)` reads, in its order: select them with `columns(of:)`.
  static let columnNames = [
    "entity_id", "document", "sentence", "start", "end", "text", "type", "rule", "confidence", "local_key",
    "date",
  ]

  /// `columnNames`, quoted, each qualified by `alias` when given (`m."start"`).
  static func columns(of alias: String? = nil) -> String { selection(columnNames, of: alias) }

  /// Reads a row selected with `columns(of:)`, by position: a lookup by name per value cost
  /// more than the rest of a large read.
  init(row: Row) throws {
    let evidence = Evidence(
      document: try row.decode(atIndex: 1), sentence: try row.decode(atIndex: 2),
      start: try row.decode(atIndex: 3), end: try row.decode(atIndex: 4), rule: try row.decode(atIndex: 7),
      confidence: try row.decode(atIndex: 8))
    let entity: String? = try row.decode(atIndex: 0)
    mention = Mention(
      text: try row.decode(atIndex: 5), type: EntityType(rawValue: try row.decode(atIndex: 6)),
      evidence: evidence, localKey: try row.decode(atIndex: 9), entity: entity.map(EntityID.init(rawValue:)),
      date: try row.decode(atIndex: 10))
  }

  static let insertSQL =
    #"INSERT INTO mentions (entity_id, document, sentence, "start", "end", text, type, rule, confidence, local_key, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"#

  func bind(_ row: inout RowBinder) {
    row.text(mention.entity?.rawValue)
    row.text(mention.evidence.document)
    row.int(mention.evidence.sentence)
    row.int(mention.evidence.start)
    row.int(mention.evidence.end)
    row.text(mention.text)
    row.text(mention.type.rawValue)
    row.text(mention.evidence.rule)
    row.double(mention.evidence.confidence)
    row.text(mention.localKey)
    row.text(mention.date)
  }
}

/// `names`, quoted as SQL identifiers, each qualified by `alias` when given, comma-separated.
func selection(_ names: [String], of alias: String?) -> String {
  names.map { (alias.map { $0 + "." } ?? "") + $0.quotedDatabaseIdentifier }.joined(separator: ", ")
}
