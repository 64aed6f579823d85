/// A local relation whose ends are clusters stored with entities, with the dateline of its
/// document: what an ingest reads to merge again the relations between two entities it added
/// mentions to in place.
public struct EntityLocalRelation: Hashable, Sendable {
  public var relation: LocalRelation
  /// The entity of the subject's cluster.
  public var subject: EntityID
  /// The entity of the object's cluster.
  public var object: EntityID
  /// The dateline of the relation's document (`Document.dateline`).
  public var dateline: String?

  public init(relation: LocalRelation, subject: EntityID, object: EntityID, dateline: String?) {
    self.relation = relation
    self.subject = subject
    self.object = object
    self.dateline = dateline
  }
}

/// Two entities whose relations an ingest merges again, with the documents that may hold a
/// local relation between them besides those of their stored relations' evidence (the new
/// articles that relate them).
public struct EntityPair: Hashable, Sendable {
  public var first: EntityID
  public var second: EntityID
  public var newDocuments: Set<String>

  public init(_ first: EntityID, _ second: EntityID, newDocuments: Set<String>) {
    self.first = first
    self.second = second
    self.newDocuments = newDocuments
  }
}
