import Foundation
import TiesFormats
import TiesPipeline
import TiesStore
import TiesStorePostgres
import TiesStoreTestSupport
import TiesTestSupport

/// What the PostgreSQL tests share.
enum Backends {
  /// The GraphML export of `store`'s graph, as bytes.
  static func graphML(_ store: any GraphReading, scratch: TemporaryDirectory) throws -> [UInt8] {
    let path = scratch.appending("export-\(UUID().uuidString).graphml")
    try GraphMLWriter.write(try store.graph(), to: path)
    return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  static let pipeline: Result<GraphPipeline, any Error> = Result { try GraphPipeline(lexiconPath: nil) }

  static let corpus = SharedMaterial.repository + "/corpus"
  static let seeds = SharedMaterial.shared + "/corpus/seeds"
  static let dev = SharedMaterial.shared + "/corpus/dev"
}

extension TestDatabase {
  /// A store on the database.
  func store(_ access: GraphStore.Access = .readWrite) throws -> PostgresGraphStore {
    try PostgresGraphStore(location, access: access)
  }
}
