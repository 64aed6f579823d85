import Foundation
import TiesModel

/// The extraction interchange format of `shared/eval/SCHEMA.md`: documents, entities with
/// aliases, relations with roles and evidence. The scorer reads it; so can any JSON tool.
///
/// Output is deterministic: keys sorted, entities by id, relations by key, evidence sorted.
public enum InterchangeJSON {
  struct File: Codable {
    var documents: [String]
    var entities: [EntityRecord]
    var relations: [RelationRecord]
  }

  struct EntityRecord: Codable {
    var id: String
    var name: String
    var type: String
    var aliases: [String]
    var date: String?
    var mentions: Int
    var evidence: [EvidenceRecord]?
  }

  struct RelationRecord: Codable {
    var subject: String
    var predicate: String
    var object: String
    var role: String?
    var as_of: String?
    var confidence: Double
    var evidence: [EvidenceRecord]
  }

  struct EvidenceRecord: Codable {
    var document: String
    var sentence: Int
    var start: Int
    var end: Int
    var rule: String
    var confidence: Double
  }

  /// Encodes `graph`; with `extractions`, each entity carries the evidence of its mentions.
  /// - Complexity: O(V + E + M log M) for M mentions.
  public static func encode(_ graph: KnowledgeGraph, extractions: [DocumentExtraction] = []) throws -> Data {
    var mentionEvidence: [EntityID: [Evidence]] = [:]
    for e in extractions {
      for m in e.mentions { if let id = m.entity { mentionEvidence[id, default: []].append(m.evidence) } }
    }
    func record(_ e: Evidence) -> EvidenceRecord {
      EvidenceRecord(
        document: e.document, sentence: e.sentence, start: e.start, end: e.end, rule: e.rule, confidence: e.confidence)
    }
    let file = File(
      documents: graph.documents.map(\.name).sorted(),
      entities: graph.entities.sorted { $0.id < $1.id }.map { e in
        EntityRecord(
          id: e.id.rawValue, name: e.name, type: e.type.rawValue, aliases: e.aliases, date: e.date,
          mentions: e.mentionCount, evidence: extractions.isEmpty ? nil : (mentionEvidence[e.id] ?? []).sorted().map(record))
      },
      relations: graph.relations.sorted { $0.key < $1.key }.map { r in
        RelationRecord(
          subject: r.subject.rawValue, predicate: r.predicate.rawValue, object: r.object.rawValue, role: r.role,
          as_of: r.asOf, confidence: r.confidence, evidence: r.evidence.sorted().map(record))
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(file)
    data.append(0x0A)
    return data
  }
}
