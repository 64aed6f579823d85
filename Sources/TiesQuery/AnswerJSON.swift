import Foundation
import TiesGraph
import TiesModel

/// The JSON shapes of the graph answers, shared by `ties … --format json` and the explorer's
/// `/api/…` so that both give the same answer to the same question. Keys are sorted by the
/// encoder (`AnswerJSON.encode`), so the output is stable.
public enum AnswerJSON {
  /// `value` as pretty-printed JSON with sorted keys, and a final newline.
  /// - Throws: `EncodingError` (never for these types, which hold only strings and numbers,
  ///   unless a score is not finite).
  public static func encode<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
  }

  /// Vertex `v` as the JSON names it.
  public static func entity(_ v: Int32, in index: KnowledgeGraphIndex) -> EntityJSON {
    EntityJSON(id: index.ids[Int(v)].rawValue, name: index.names[Int(v)], type: index.type(of: v).rawValue)
  }

  /// The paths from `a` to `b`, each hop with its evidence; `sentence` gives an evidence's
  /// sentence when the graph has them (the store), nil otherwise.
  /// - Complexity: O(total hops + evidence), plus the sentence look-ups.
  public static func paths(
    _ paths: [GraphPath], _ a: Int32, _ b: Int32, in index: KnowledgeGraphIndex,
    sentence: (Evidence) -> String?
  ) -> PathsJSON {
    let rendered = paths.map { path in
      PathJSON(
        cost: path.cost, length: path.hops, vertices: path.vertices.map { entity($0, in: index) },
        hops: path.edges.map { hop(index.hop($0), in: index, sentence: sentence) })
    }
    return PathsJSON(from: entity(a, in: index), to: entity(b, in: index), paths: rendered)
  }

  /// One hop of a path.
  public static func hop(_ hop: Hop, in index: KnowledgeGraphIndex, sentence: (Evidence) -> String?)
    -> HopJSON
  {
    HopJSON(
      subject: hop.subject.rawValue, predicate: hop.predicate.rawValue, object: hop.object.rawValue,
      role: hop.role, event: event(of: hop, in: index), asOf: hop.details?.asOf,
      evidence: (hop.details?.evidence ?? []).map {
        EvidenceJSON(document: $0.document, sentence: $0.sentence, text: sentence($0))
      })
  }

  /// The name of the event a hop goes through, if either end is one.
  public static func event(of hop: Hop, in index: KnowledgeGraphIndex) -> String? {
    for id in [hop.object, hop.subject] {
      if let v = index.vertex(id), index.type(of: v) == .event { return index.names[Int(v)] }
    }
    return nil
  }
}

/// An entity as the JSON output names it.
public struct EntityJSON: Encodable, Sendable, Hashable {
  public var id: String
  public var name: String
  public var type: String

  public init(id: String, name: String, type: String) {
    self.id = id
    self.name = name
    self.type = type
  }
}

public struct PathsJSON: Encodable, Sendable {
  public var from: EntityJSON
  public var to: EntityJSON
  public var paths: [PathJSON]
}

public struct PathJSON: Encodable, Sendable {
  public var cost: Double
  public var length: Int
  public var vertices: [EntityJSON]
  public var hops: [HopJSON]
}

public struct HopJSON: Encodable, Sendable {
  public var subject: String
  public var predicate: String
  public var object: String
  public var role: String?
  public var event: String?
  public var asOf: String?
  public var evidence: [EvidenceJSON]

  enum CodingKeys: String, CodingKey {
    case subject, predicate, object, role, event, evidence
    case asOf = "as_of"
  }
}

public struct EvidenceJSON: Encodable, Sendable {
  public var document: String
  public var sentence: Int
  public var text: String?

  public init(document: String, sentence: Int, text: String?) {
    self.document = document
    self.sentence = sentence
    self.text = text
  }
}

public struct NeighborhoodJSON: Encodable, Sendable {
  public var center: EntityJSON
  public var radius: Int
  public var neighbors: [NeighborJSON]

  public init(center: EntityJSON, radius: Int, neighbors: [NeighborJSON]) {
    self.center = center
    self.radius = radius
    self.neighbors = neighbors
  }
}

public struct NeighborJSON: Encodable, Sendable {
  public var distance: Int
  public var entity: EntityJSON

  public init(distance: Int, entity: EntityJSON) {
    self.distance = distance
    self.entity = entity
  }
}

public struct RankJSON: Encodable, Sendable {
  public var by: String
  public var type: String?
  public var ranking: [RankedJSON]

  public init(by: String, type: String?, ranking: [RankedJSON]) {
    self.by = by
    self.type = type
    self.ranking = ranking
  }
}

public struct RankedJSON: Encodable, Sendable {
  public var rank: Int
  public var score: Double
  public var entity: EntityJSON

  public init(rank: Int, score: Double, entity: EntityJSON) {
    self.rank = rank
    self.score = score
    self.entity = entity
  }
}
