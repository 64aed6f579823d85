import TiesModel

/// The entity at each end of a relation, by number: entity `k` of the resolved entities is
/// `k`; a fixed cluster's entity is the number of the resolved entity of the same id, or one
/// of its own past them. Equal numbers are equal ids.
struct Endpoints {
  /// Each number's entity id.
  private(set) var ids: [EntityID]
  /// Per cluster, its root's entity number.
  private let numberOfCluster: [Int32]
  private let typeOfCluster: [EntityType]
  /// Per fixed entity (`Clusters.fixedEntities`), its number and own type.
  private let fixedNumbers: [Int32]
  private let fixedTypes: [EntityType]
  private let clusterCount: Int

  /// - Complexity: O(c + e + f) expected for c clusters, e entities and f fixed entities.
  init(_ c: Clusters, entities: [Entity], entityOfRoot: [Int: EntityID]) {
    ids = entities.map(\.id)
    var numberOfID: [EntityID: Int32] = [:]
    numberOfID.reserveCapacity(entities.count)
    for (k, entity) in entities.enumerated() where numberOfID[entity.id] == nil {
      numberOfID[entity.id] = Int32(k)
    }
    var numbers: [Int32] = []
    var types: [EntityType] = []
    numbers.reserveCapacity(c.all.count)
    types.reserveCapacity(c.all.count)
    var numberOfRoot: [Int: Int32] = [:]
    for i in c.all.indices {
      let root = c.all[i].root
      let k: Int32
      if let known = numberOfRoot[root] {
        k = known
      } else {
        // Every root has an entity (`Assembly.build` names one per group of clusters).
        k = entityOfRoot[root].flatMap { numberOfID[$0] } ?? -1
        numberOfRoot[root] = k
      }
      numbers.append(k)
      types.append(k >= 0 ? entities[Int(k)].type : .company)
    }
    numberOfCluster = numbers
    typeOfCluster = types
    var fixedNumbers: [Int32] = []
    for fixed in c.fixedEntities {
      if let k = numberOfID[fixed.entity] {
        fixedNumbers.append(k)
      } else {
        numberOfID[fixed.entity] = Int32(ids.count)
        fixedNumbers.append(Int32(ids.count))
        ids.append(fixed.entity)
      }
    }
    self.fixedNumbers = fixedNumbers
    fixedTypes = c.fixedEntities.map(\.type)
    clusterCount = c.all.count
  }

  /// The entity number of node `node`: a cluster (below the cluster count) or a fixed cluster's
  /// entity (`Clusters.node`).
  func number(ofNode node: Int) -> Int32 {
    node < clusterCount ? numberOfCluster[node] : fixedNumbers[node - clusterCount]
  }

  /// The type of node `node`'s entity: a fixed cluster's own, as stored.
  func type(ofNode node: Int) -> EntityType {
    node < clusterCount ? typeOfCluster[node] : fixedTypes[node - clusterCount]
  }
}
