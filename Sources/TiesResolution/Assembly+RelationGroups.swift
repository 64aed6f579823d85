import TiesGraph
import TiesModel

/// The local relations that make relations of the graph, sorted so that those of one graph
/// relation (endpoints, predicate, role class) lie together.
///
/// Sorting 24-byte items replaced a dictionary of one `RelationBucket` per graph relation,
/// each with its endpoints' ids, an array of evidence and a dictionary of roles: at 100,000
/// generated articles (1.54 million local relations, 1.15 million graph relations) that
/// dictionary held 473 MiB while the relations were merged.
struct RelationGroups {
  /// One local relation, by the graph relation it makes and then by where it lies.
  struct Item: Comparable {
    /// Subject and object entity numbers (`Endpoints`), the subject's in the high half.
    var ends: UInt64
    /// The predicate's number in `predicates`.
    var predicate: UInt32
    /// The role class's number, in the order role classes were first met.
    var roleClass: UInt32
    /// The local relation's position in `CompactRelations.items` (in order of extraction, then
    /// of the relations of each).
    var relation: Int32

    static func < (a: Item, b: Item) -> Bool {
      (a.ends, a.predicate, a.roleClass, a.relation) < (b.ends, b.predicate, b.roleClass, b.relation)
    }

    func sameRelation(as other: Item) -> Bool {
      ends == other.ends && predicate == other.predicate && roleClass == other.roleClass
    }
  }

  var items: [Item] = []
  /// Where each group starts in `items`, and `items.count` last.
  var starts: [Int] = []
  var predicates: [Predicate] = []

  var count: Int { max(0, starts.count - 1) }
}

extension Assembly {
  /// The local relations between two different entities whose types their predicate allows,
  /// grouped by endpoints, predicate and role class.
  /// - Complexity: O(r log r) for r local relations: a sort of fixed-size items (their ends
  ///   were looked up once, by `CompactRelations.resolveEnds`).
  func relationGroups(_ relations: CompactRelations, endpoints: Endpoints) -> RelationGroups {
    var groups = RelationGroups()
    var roleClassNumbers: [String: UInt32] = [:]
    groups.predicates = relations.predicates
    let items = relations.items
    groups.items.reserveCapacity(items.count)
    // By index: iterating the items would copy each one (and retain its role).
    for i in items.indices where items[i].isResolved {
      let si = Int(items[i].subject)
      let oi = Int(items[i].object)
      guard si < endpoints.clusterCount || oi < endpoints.clusterCount else { continue }
      let s = endpoints.number(ofNode: si)
      let o = endpoints.number(ofNode: oi)
      guard s != o,
        Assembly.allowed(
          relations.predicates[Int(items[i].predicate)], endpoints.type(ofNode: si),
          endpoints.type(ofNode: oi))
      else { continue }
      let roleClass = Assembly.roleClass(of: items[i].role)
      let r: UInt32
      if let known = roleClassNumbers[roleClass] {
        r = known
      } else {
        // Numbers in the order first met: only equality matters, the groups' order does not.
        r = UInt32(roleClassNumbers.count)
        roleClassNumbers[roleClass] = r
      }
      groups.items.append(
        RelationGroups.Item(
          ends: UInt64(UInt32(bitPattern: s)) << 32 | UInt64(UInt32(bitPattern: o)),
          predicate: items[i].predicate, roleClass: r, relation: Int32(i)))
    }
    groups.items.sort()
    for i in groups.items.indices where i == 0 || !groups.items[i].sameRelation(as: groups.items[i - 1]) {
      groups.starts.append(i)
    }
    groups.starts.append(groups.items.count)
    return groups
  }

  /// The relation of each group, in the canonical order of a graph's relations
  /// (`KnowledgeGraph.canonicalize`, which then has them to put in order no more), merged as
  /// `RelationBucket` merges: the most frequent role, the latest dateline of an affiliation, the
  /// highest confidence, the evidence sorted. Each half on a thread of its own.
  /// - Complexity: O(r + e log e) for r local relations and e items of evidence per relation
  ///   (`sortedDistinct`, O(e) when they arrive in order, as they do), plus
  ///   `canonicalOrder`'s.
  static func relations(
    of groups: RelationGroups, _ relations: CompactRelations, datelines: [String?], endpoints: Endpoints
  ) -> [Relation] {
    let order = canonicalOrder(of: groups, endpoints: endpoints)
    var made = [Relation](unsafeUninitializedCapacity: groups.count) { out, initialized in
      guard let base = out.baseAddress else { return }
      Parallel.forEachChunk(2) { half in
        let range = half == 0 ? 0..<groups.count / 2 : groups.count / 2..<groups.count
        for j in range {
          let g = Int(order[j].group)
          let first = groups.items[groups.starts[g]]
          var bucket = RelationBucket(
            s: endpoints.ids[Int(first.ends >> 32)], p: groups.predicates[Int(first.predicate)],
            o: endpoints.ids[Int(first.ends & 0xFFFF_FFFF)])
          for i in groups.starts[g]..<groups.starts[g + 1] {
            let k = Int(groups.items[i].relation)
            bucket.add(relations, k, dateline: datelines[Int(relations.items[k].extraction)])
          }
          (base + j).initialize(to: bucket.relation)
        }
      }
      initialized = groups.count
    }
    // Relations of the same ends and predicate (of different role classes) lie together, in
    // group order: by role next, group order kept among equal roles (an insertion sort, runs
    // being short).
    var runStart = 0
    for j in order.indices where j + 1 == order.count || !order[j + 1].sameEnds(as: order[j]) {
      if j > runStart {
        for k in (runStart + 1)...j {
          var m = k
          while m > runStart, (made[m].role ?? "") < (made[m - 1].role ?? "") {
            made.swapAt(m, m - 1)
            m -= 1
          }
        }
      }
      runStart = j + 1
    }
    return made
  }

  /// A group's place in the canonical order: the ranks of its subject's id, its predicate and
  /// its object's id in `String` order, then the group's own order.
  struct CanonicalPlace: Comparable {
    var subject: Int32
    var predicate: Int32
    var object: Int32
    var group: Int32

    static func < (a: Self, b: Self) -> Bool {
      (a.subject, a.predicate, a.object, a.group) < (b.subject, b.predicate, b.object, b.group)
    }

    func sameEnds(as other: Self) -> Bool {
      subject == other.subject && predicate == other.predicate && object == other.object
    }
  }

  /// The groups sorted by the canonical order of the relations they make, but for the role
  /// (which `relations(of:…)` knows only once it has merged them).
  /// - Complexity: O(e log e) string comparisons for the e entity numbers, O(g log g) for
  ///   the g groups.
  static func canonicalOrder(of groups: RelationGroups, endpoints: Endpoints) -> [CanonicalPlace] {
    let idRank = KnowledgeGraph.ranks(of: endpoints.ids.map(\.rawValue))
    let predicateRank = KnowledgeGraph.ranks(of: groups.predicates.map(\.rawValue))
    var order = (0..<groups.count).map { g in
      let first = groups.items[groups.starts[g]]
      return CanonicalPlace(
        subject: idRank[Int(first.ends >> 32)], predicate: predicateRank[Int(first.predicate)],
        object: idRank[Int(first.ends & 0xFFFF_FFFF)], group: Int32(g))
    }
    order.sort()
    return order
  }
}
