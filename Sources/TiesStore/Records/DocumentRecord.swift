import Foundation
import GRDB
import TiesModel

/// A row of `documents`: a document's metadata, its encoded extraction, and when it was stored.
struct DocumentRecord: FetchableRecord, PersistableRecord {
  static let databaseTableName = "documents"
  /// The columns `documents()` reads: everything but the extraction blob.
  static let metadataColumns = "name, path, content_hash, dateline, headline, ingested"

  var document: Document
  /// The JSON of the document's `DocumentExtraction`; nil for a document known only from a
  /// graph, and when the query did not select it.
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

  func encode(to container: inout PersistenceContainer) throws {
    container["name"] = document.name
    container["path"] = document.path
    container["content_hash"] = document.contentHash
    container["dateline"] = document.dateline
    container["headline"] = document.headline
    container["extraction"] = extraction
    container["ingested"] = ingested
  }
}

/// A row of `sentences`.
struct SentenceRecord: FetchableRecord, PersistableRecord {
  static let databaseTableName = "sentences"

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

  func encode(to container: inout PersistenceContainer) throws {
    container["document"] = document
    container["idx"] = sentence.index
    container["start"] = sentence.start
    container["end"] = sentence.end
    container["text"] = sentence.text
  }
}

/// A row of `misses`.
struct MissRecord: FetchableRecord, PersistableRecord {
  static let databaseTableName = "misses"

  var miss: Miss

  init(miss: Miss) { self.miss = miss }

  init(row: Row) throws {
    miss = Miss(
      text: try row.decode(forColumn: "text"), document: try row.decode(forColumn: "document"),
      sentence: try row.decode(forColumn: "sentence"), start: try row.decode(forColumn: "start"),
      end: try row.decode(forColumn: "end"), reason: try row.decode(forColumn: "reason"))
  }

  func encode(to container: inout PersistenceContainer) throws {
    container["document"] = miss.document
    container["sentence"] = miss.sentence
    container["start"] = miss.start
    container["end"] = miss.end
    container["text"] = miss.text
    container["reason"] = miss.reason
  }
}

/// A row of `mentions`: a mention with the entity resolution assigned it.
struct MentionRecord: FetchableRecord, PersistableRecord {
  static let databaseTableName = "mentions"

  var mention: Mention

  init(mention: Mention) { self.mention = mention }

  init(row: Row) throws {
    let evidence = Evidence(
      document: try row.decode(forColumn: "document"), sentence: try row.decode(forColumn: "sentence"),
      start: try row.decode(forColumn: "start"), end: try row.decode(forColumn: "end"),
      rule: try row.decode(forColumn: "rule"), confidence: try row.decode(forColumn: "confidence"))
    let entity: String? = try row.decode(forColumn: "entity_id")
    mention = Mention(
      text: try row.decode(forColumn: "text"), type: EntityType(rawValue: try row.decode(forColumn: "type")),
      evidence: evidence, localKey: try row.decode(forColumn: "local_key"),
      entity: entity.map(EntityID.init(rawValue:)))
  }

  func encode(to container: inout PersistenceContainer) throws {
    container["entity_id"] = mention.entity?.rawValue
    container["document"] = mention.evidence.document
    container["sentence"] = mention.evidence.sentence
    container["start"] = mention.evidence.start
    container["end"] = mention.evidence.end
    container["text"] = mention.text
    container["type"] = mention.type.rawValue
    container["rule"] = mention.evidence.rule
    container["confidence"] = mention.evidence.confidence
    container["local_key"] = mention.localKey
  }
}
