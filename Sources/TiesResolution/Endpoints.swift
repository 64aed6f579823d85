import TiesModel

/// The entity at each end of a relation, by number: entity `k` of the resolved entities is
/// `k`; a fixed cluster's entity is the number of the resolved entity of the same id, or one
/// of its own past them. Equal numbers are equal ids.
struct Endpoints {
  /// Each number's entity id.
  private(set) var ids: [EntityID]
  /// Per cluster, its root's entity number.
  let numberOfCluster: [Int32]
  private let typeOfCluster: [EntityType]
  /// Per fixed entity (`Clusters.fixedEntities`), its number and own type.
  private let fixedNumbers: [Int32]
  private let fixedTypes: [EntityType]
  /// How many clusters there are: nodes from it up are fixed clusters' entities.
  let clusterCount: Int

  /// - Parameters:
  ///   - numberOfRoot: by cluster number, each root's position in `entities`
  ///     (`Assembly.assignEntities` names one entity per group of clusters, so every root
  ///     has one).
  /// - Complexity: O(c + f) expected for c clusters and f fixed entities, plus O(e) for e
  ///   entities when there are fixed ones.
  init(_ c: Clusters, entities: [Entity], numberOfRoot: [Int32]) {
    ids = entities.map(\.id)
    numberOfCluster = c.all.indices.map { numberOfRoot[Int(c.all[$0].root)] }
    typeOfCluster = numberOfCluster.map { entities[Int($0)].type }
    var numberOfID: [EntityID: Int32] = [:]
    if !c.fixedEntities.isEmpty {
      for (k, entity) in entities.enumerated() { numberOfID[entity.id] = Int32(k) }
    }
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
