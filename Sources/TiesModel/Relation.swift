/// A directed fact between two entities, with the evidence that supports it.
public struct Relation: Hashable, Sendable, Codable {
  public var subject: EntityID
  public var predicate: Predicate
  public var object: EntityID
  /// For `affiliated_with`: the position held (chairman, vice chair, adviser, …).
  public var role: String?
  /// For `affiliated_with`: the date of the article that states it (ISO 8601), so a person's
  /// roles form a timeline.
  public var asOf: String?
  /// The highest confidence among the supporting evidence, 0…1.
  public var confidence: Double
  /// Sorted, without duplicates.
  public var evidence: [Evidence]
  /// Extra attributes (for example those of an imported GraphML file).
  public var attributes: [String: AttributeValue]

  public init(
    subject: EntityID, predicate: Predicate, object: EntityID, role: String? = nil,
    asOf: String? = nil, confidence: Double = 1, evidence: [Evidence] = [],
    attributes: [String: AttributeValue] = [:]
  ) {
    self.subject = subject
    self.predicate = predicate
    self.object = object
    self.role = role
    self.asOf = asOf
    self.confidence = confidence
    self.evidence = evidence
    self.attributes = attributes
  }

  /// Two relations with the same key are the same fact (their evidence is merged).
  public var key: RelationKey {
    RelationKey(subject: subject, predicate: predicate, object: object, role: role)
  }
}

/// The identity of a relation: endpoints, predicate and role.
public struct RelationKey: Hashable, Comparable, Sendable {
  public var subject: EntityID
  public var predicate: Predicate
  public var object: EntityID
  public var role: String?

  public static func < (a: RelationKey, b: RelationKey) -> Bool {
    (a.subject, a.predicate, a.object, a.role ?? "") < (b.subject, b.predicate, b.object, b.role ?? "")
  }
}
