import Foundation
import Hummingbird
import Logging
import TiesGraph
import TiesQuery

/// Where and on what `Explorer` serves.
public struct ExplorerConfiguration: Sendable, Hashable {
  /// The graph folder (the SQLite store).
  public var graphDirectory: String
  /// The address to listen on; 127.0.0.1 (this machine only) unless said otherwise.
  public var host: String
  /// The port; 0 lets the system pick a free one (`Explorer.run` reports it).
  public var port: Int

  public init(graphDirectory: String = "graph", host: String = "127.0.0.1", port: Int = 8080) {
    self.graphDirectory = graphDirectory
    self.host = host
    self.port = port
  }
}

/// The graph explorer behind `ties serve`: a read-only web application on Hummingbird that
/// answers in HTML pages (search, entity, path, pictures) and JSON (`/api/…`, described by
/// `/openapi.yaml`).
///
/// The graph is loaded once, when the explorer is made, and reloaded in the background when
/// the store's files change (`GraphHolder`). Every answer is bounded (`Limits`) and says when
/// a bound cut it; every name and sentence is escaped.
public final class Explorer: Sendable {
  public let configuration: ExplorerConfiguration
  let holder: GraphHolder
  let pictures = PictureMaker()
  let ranks = RankCache()

  /// Loads the graph of `configuration.graphDirectory`.
  /// - Throws: `StoreError` when there is no graph or it cannot be read; `IndexError`.
  /// - Complexity: that of reading and indexing the whole graph.
  public init(configuration: ExplorerConfiguration) throws {
    self.configuration = configuration
    holder = try GraphHolder(directory: configuration.graphDirectory)
  }

  /// Entities and relations of the graph as loaded now.
  public var size: (entities: Int, relations: Int) {
    let g = holder.current().index.graph
    return (g.vertexCount, g.edgeCount)
  }

  /// Serves until the task running it is cancelled.
  /// - Parameter onReady: called once the server listens, with the address and port it
  ///   listens on.
  /// - Throws: when the address cannot be bound (in use, not an address of this machine).
  public func run(onReady: @escaping @Sendable (_ host: String, _ port: Int) async -> Void = { _, _ in })
    async throws
  {
    let router = Router()
    addRoutes(to: router)
    // Hummingbird logs a client's dropped connection as an error; what matters is thrown.
    var logger = Logger(label: "ties.serve")
    logger.logLevel = .critical
    let app = Application(
      router: router,
      configuration: ApplicationConfiguration(
        address: .hostname(configuration.host, port: configuration.port), serverName: "ties"),
      onServerRunning: { channel in
        await onReady(channel.localAddress?.ipAddress ?? "", channel.localAddress?.port ?? 0)
      }, logger: logger)
    try await app.run()
  }
}

/// Centrality scores per graph generation and measure, since each costs a pass over the
/// whole graph and does not change until the graph does.
final class RankCache: @unchecked Sendable {
  private let lock = NSLock()
  private var scores: [String: CentralityScores] = [:]

  /// The scores of `measure` on `snapshot`, computed once per generation.
  /// - Throws: what `CentralityMeasure.scores` throws.
  func scores(_ measure: CentralityMeasure, weighted: Bool, _ snapshot: GraphSnapshot) throws
    -> CentralityScores
  {
    let key = "\(snapshot.generation) \(measure.rawValue) \(weighted)"
    lock.lock()
    if let hit = scores[key] {
      lock.unlock()
      return hit
    }
    lock.unlock()
    let computed = try measure.scores(snapshot.index, weighted: weighted)
    lock.lock()
    defer { lock.unlock() }
    scores = scores.filter { $0.key.hasPrefix("\(snapshot.generation) ") }
    scores[key] = computed
    return computed
  }
}
