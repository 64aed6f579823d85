/// Where each cluster sits: the documents in the resolver's order, each with its local keys.
///
/// The clusters of one document are contiguous (the resolver orders them by document, then
/// by first mention), so a cluster is found by its document's first cluster plus a small
/// per-document table of local keys: a look-up hashes the document name and the key apart,
/// and one by the position of an extraction hashes only the key.
struct ClusterIndex: Sendable {
  /// Document names, each once, in cluster order.
  private(set) var documents: [String] = []
  private var ordinalOfDocument: [String: Int] = [:]
  /// Per document: the number of its first cluster.
  private var firstCluster: [Int] = []
  /// Per document: local key → cluster number less `firstCluster`.
  private var localKeys: [[String: Int]] = []

  /// Appends the next document, whose clusters are numbered from `firstCluster` on: `keys`
  /// gives each local key's position among them. Each document name is appended once.
  mutating func append(document: String, firstCluster first: Int, keys: [String: Int]) {
    precondition(ordinalOfDocument[document] == nil, "document \(document) appended twice")
    ordinalOfDocument[document] = documents.count
    documents.append(document)
    firstCluster.append(first)
    localKeys.append(keys)
  }

  /// The number of the document's cluster of `key`, or nil.
  /// - Complexity: O(1) expected (two hash look-ups).
  func cluster(document: String, key: String) -> Int? {
    guard let d = ordinalOfDocument[document] else { return nil }
    return cluster(documentAt: d, key: key)
  }

  /// The cluster of `key` in the `d`-th document.
  /// - Complexity: O(1) expected (one hash look-up).
  func cluster(documentAt d: Int, key: String) -> Int? {
    localKeys[d][key].map { firstCluster[d] + $0 }
  }

  /// Every cluster's document and key, by cluster number.
  /// - Complexity: O(clusters).
  func keys(count: Int) -> [(document: String, key: String)] {
    var out: [(document: String, key: String)] = Array(repeating: ("", ""), count: count)
    for d in documents.indices {
      for (key, local) in localKeys[d] { out[firstCluster[d] + local] = (documents[d], key) }
    }
    return out
  }
}
