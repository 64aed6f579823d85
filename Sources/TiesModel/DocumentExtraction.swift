/// A sentence of a document, with its offsets (Unicode scalars from the document start).
public struct Sentence: Hashable, Sendable, Codable {
  public var index: Int
  public var start: Int
  public var end: Int
  public var text: String

  public init(index: Int, start: Int, end: Int, text: String) {
    self.index = index
    self.start = start
    self.end = end
    self.text = text
  }
}

/// A span of text that names an entity, as extraction found it in one document.
public struct Mention: Hashable, Sendable, Codable {
  /// The surface text, as written.
  public var text: String
  public var type: EntityType
  /// Document, sentence, offsets, the rule that typed it, and its confidence.
  public var evidence: Evidence
  /// Within-document cluster: mentions of one document with the same `localKey` are the same
  /// thing (for example "Kim Yoon" and a later "Kim"); set by extraction.
  public var localKey: String
  /// The resolved entity, filled by resolution; nil before.
  public var entity: EntityID?
  /// For events: the date the sentence gives for it (ISO 8601), when it gives one.
  public var date: String?

  public init(
    text: String, type: EntityType, evidence: Evidence, localKey: String, entity: EntityID? = nil,
    date: String? = nil
  ) {
    self.text = text
    self.type = type
    self.evidence = evidence
    self.localKey = localKey
    self.entity = entity
    self.date = date
  }
}

/// A relation found in one document, between two within-document clusters (`localKey`s).
public struct LocalRelation: Hashable, Sendable, Codable {
  public var subject: String
  public var predicate: Predicate
  public var object: String
  public var role: String?
  public var evidence: Evidence

  public init(subject: String, predicate: Predicate, object: String, role: String?, evidence: Evidence) {
    self.subject = subject
    self.predicate = predicate
    self.object = object
    self.role = role
    self.evidence = evidence
  }
}

/// A capitalized span extraction saw but could not type or resolve: what the graph lacks.
public struct Miss: Hashable, Sendable, Codable {
  public var text: String
  public var document: String
  public var sentence: Int
  public var start: Int
  public var end: Int
  /// Why it was left out, e.g. `untyped`.
  public var reason: String

  public init(text: String, document: String, sentence: Int, start: Int, end: Int, reason: String) {
    self.text = text
    self.document = document
    self.sentence = sentence
    self.start = start
    self.end = end
    self.reason = reason
  }
}

/// Everything extraction read from one document, before resolution across documents.
public struct DocumentExtraction: Hashable, Sendable, Codable {
  public var document: Document
  public var sentences: [Sentence]
  public var mentions: [Mention]
  public var relations: [LocalRelation]
  public var misses: [Miss]

  public init(
    document: Document, sentences: [Sentence], mentions: [Mention], relations: [LocalRelation],
    misses: [Miss]
  ) {
    self.document = document
    self.sentences = sentences
    self.mentions = mentions
    self.relations = relations
    self.misses = misses
  }
}
