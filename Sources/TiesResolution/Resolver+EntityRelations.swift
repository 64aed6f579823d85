import TiesModel

extension Resolver {
  /// The relations of the graph that `local` make between the entities at their ends, merged
  /// as a resolution merges them (`Assembly`): by endpoints, predicate and role class, with the
  /// most frequent role, the latest dateline of an affiliation, the highest confidence and
  /// the evidence sorted, each item once. A local relation from an entity to itself, or
  /// between types its predicate does not allow, makes none; so does one whose end's type is
  /// not in `types`.
  ///
  /// An ingest that adds new mentions to two stored entities in place merges their relations
  /// so, from every local relation between their clusters, without resolving either again.
  /// - Complexity: O(r) expected for r local relations, plus sorting each relation's evidence.
  public static func relations(among local: [EntityLocalRelation], types: [EntityID: EntityType])
    -> [Relation]
  {
    struct Key: Hashable {
      var subject: EntityID
      var predicate: Predicate
      var object: EntityID
      var roleClass: String
    }
    let relations = local.map(\.relation)
    var buckets: [Key: RelationBucket] = [:]
    for k in local.indices {
      let (s, o) = (local[k].subject, local[k].object)
      let predicate = relations[k].predicate
      guard s != o, let subjectType = types[s], let objectType = types[o],
        Assembly.allowed(predicate, subjectType, objectType)
      else { continue }
      let roleClass = Assembly.roleClass(of: relations[k].role)
      buckets[
        Key(subject: s, predicate: predicate, object: o, roleClass: roleClass),
        default: RelationBucket(s: s, p: predicate, o: o)
      ].add(relations, k, dateline: local[k].dateline)
    }
    var graph = KnowledgeGraph(relations: buckets.values.map(\.relation))
    graph.canonicalize()
    return graph.relations
  }
}
