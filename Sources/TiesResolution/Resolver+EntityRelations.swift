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
    let buckets = entityBuckets(local, types: types)
    var graph = KnowledgeGraph(relations: buckets.values.map(\.relation))
    graph.canonicalize()
    return graph.relations
  }
}

extension Resolver {
  /// The relations between the ends of `local` once these new local relations (of documents
  /// no stored relation's evidence holds yet) are added to `stored`, the stored relations
  /// between the same entities: what `relations(among:types:)` gives from every local
  /// relation between them, old and new, computed without reading the old ones again. A new
  /// local relation joins the stored relation of its ends, predicate and role class (its
  /// evidence, the higher confidence, the later dateline of an affiliation), or makes a new
  /// relation when there is none; a stored relation no new local relation joins stays as it
  /// is.
  ///
  /// The most frequent role of a class ("chairman" among "chair", "head", …) needs the count
  /// of each, which the graph does not keep: a relation that gains a role other than its own
  /// is not merged so: the pair of its ends (sorted) is returned in `recount`, and no relation
  /// between them, for the caller to merge from every local relation (`relations(among:types:)`).
  /// - Complexity: O(r + s) expected for r new local relations and s stored relations, plus
  ///   sorting the evidence of each relation that gains some.
  public static func relations(
    adding local: [EntityLocalRelation], to stored: [Relation], types: [EntityID: EntityType]
  ) -> (relations: [Relation], recount: Set<[EntityID]>) {
    var storedOf: [EntityRelationKey: Relation] = [:]
    var recount = Set<[EntityID]>()
    for relation in stored {
      let key = EntityRelationKey(
        subject: relation.subject, predicate: relation.predicate, object: relation.object,
        roleClass: Assembly.roleClass(of: relation.role))
      // Two of one class (never written by a resolution) are merged from their local relations.
      if storedOf.updateValue(relation, forKey: key) != nil {
        recount.insert([relation.subject, relation.object].sorted())
      }
    }
    let buckets = Self.entityBuckets(local, types: types)
    var out: [Relation] = []
    for (key, old) in storedOf where buckets[key] == nil { out.append(old) }
    for (key, bucket) in buckets {
      guard let old = storedOf[key] else {
        out.append(bucket.relation)
        continue
      }
      guard bucket.roles.allSatisfy({ $0.key == old.role }) else {
        recount.insert([key.subject, key.object].sorted())
        continue
      }
      let asOf = old.asOf == nil && bucket.asOf == nil ? nil : max(old.asOf ?? "", bucket.asOf ?? "")
      out.append(
        Relation(
          subject: key.subject, predicate: key.predicate, object: key.object, role: old.role, asOf: asOf,
          confidence: max(old.confidence, bucket.confidence),
          evidence: Assembly.sortedDistinct(old.evidence + bucket.evidence)))
    }
    var graph = KnowledgeGraph(relations: out.filter { !recount.contains([$0.subject, $0.object].sorted()) })
    graph.canonicalize()
    return (graph.relations, recount)
  }

  /// `local` gathered by endpoints, predicate and role class, as `Assembly` gathers a
  /// resolution's: one bucket per relation of the graph they make. A local relation from an
  /// entity to itself, between types its predicate does not allow, or with an end whose type
  /// is not in `types`, is left out.
  /// - Complexity: O(r) expected for r local relations.
  private static func entityBuckets(_ local: [EntityLocalRelation], types: [EntityID: EntityType])
    -> [EntityRelationKey: RelationBucket]
  {
    let relations = local.map(\.relation)
    var buckets: [EntityRelationKey: RelationBucket] = [:]
    for k in local.indices {
      let (s, o) = (local[k].subject, local[k].object)
      let predicate = relations[k].predicate
      guard s != o, let subjectType = types[s], let objectType = types[o],
        Assembly.allowed(predicate, subjectType, objectType)
      else { continue }
      buckets[
        EntityRelationKey(
          subject: s, predicate: predicate, object: o, roleClass: Assembly.roleClass(of: relations[k].role)),
        default: RelationBucket(s: s, p: predicate, o: o)
      ].add(relations, k, dateline: local[k].dateline)
    }
    return buckets
  }
}

/// What tells two relations of the graph between entities apart: endpoints, predicate and
/// role class.
struct EntityRelationKey: Hashable {
  var subject: EntityID
  var predicate: Predicate
  var object: EntityID
  var roleClass: String
}
