import TiesGraph
import TiesModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the nodes and edges of a large GraphML file in pieces on several threads, each piece
/// with its own libxml2 `xmlTextReader`, and hands them to the sink in document order.
///
/// The file is cut just before a `<node` or `<edge` start tag near every `chunkBytes`; each
/// piece is parsed as a document of its own: the file's bytes up to the end of the root start
/// tag (XML declaration, `<graphml …>` with its namespaces), the `<graph …>` start tag, the
/// piece, and `</graph></graphml>`. A piece cut anywhere but between two children of the graph
/// (inside a comment, a CDATA section, a nested graph or foreign markup) is not well formed on
/// its own, and a piece holding anything the sequential reader would warn about is flagged; the
/// first such piece in document order stops the chunked read, and `GraphMLReader` reads the
/// file again sequentially, passing over the nodes and edges already delivered. Node ids are
/// checked here, in order, exactly as the sequential reader checks them; a duplicate or an
/// undeclared endpoint is also left to it, so every error and warning is the sequential
/// reader's own, with its line and column.
///
/// Memory: at most `2 × threads` pieces in flight (each piece's bytes and its entities and
/// relations), plus the node-id set.
struct GraphMLChunkedRead {
  /// What happened: the whole file was delivered, or the sequential reader must take over
  /// after `nodes` nodes and `edges` edges (and the graph's `begin`, if `began`).
  enum Outcome: Equatable {
    case complete
    case fallBack(began: Bool, nodes: Int, edges: Int)
  }

  let plan: GraphMLChunkPlan
  let keys: GraphMLKeyTable
  let threads: Int

  /// Parses the pieces on `threads` threads and delivers them to `sink` on this one.
  /// - Throws: only what `sink` throws.
  func run<S: KnowledgeGraphSink>(into sink: inout S) throws -> Outcome {
    let pipeline = ChunkPipeline(count: plan.chunkCount, window: 2 * threads)
    var outcome = Outcome.complete
    var sinkError: Error?
    let plan = plan
    let keys = keys
    Parallel.forEachChunk(1 + threads) { worker in
      if worker > 0 {
        while let index = pipeline.claim() {
          pipeline.finish(index, with: Self.parse(piece: index, of: plan, keys: keys))
        }
        return
      }
      do {
        outcome = try deliver(from: pipeline, into: &sink)
      } catch {
        sinkError = error
      }
      pipeline.cancel()
    }
    if let sinkError { throw sinkError }
    return outcome
  }

  /// The consumer: takes the pieces in order and passes their items to `sink`.
  private func deliver<S: KnowledgeGraphSink>(from pipeline: ChunkPipeline, into sink: inout S) throws
    -> Outcome
  {
    var nodeIDs = Set<String>()
    var unresolved: [String] = []
    var began = false
    var nodes = 0
    var edges = 0
    func fallBack() -> Outcome { .fallBack(began: began, nodes: nodes, edges: edges) }
    for index in 0..<plan.chunkCount {
      let result = pipeline.take(index) { Self.parse(piece: $0, of: plan, keys: keys) }
      guard case .items(let directed, let items) = result else { return fallBack() }
      if !began, let directed {
        try sink.begin(directed: directed)
        began = true
      }
      for item in items {
        switch item {
        case .node(let entity):
          guard nodeIDs.insert(entity.id.rawValue).inserted else { return fallBack() }
          try sink.node(entity)
          nodes += 1
        case .edge(let relation, let id):
          if !nodeIDs.contains(relation.subject.rawValue) { unresolved.append(relation.subject.rawValue) }
          if !nodeIDs.contains(relation.object.rawValue) { unresolved.append(relation.object.rawValue) }
          try sink.edge(relation, id: id)
          edges += 1
        }
      }
    }
    guard began, unresolved.allSatisfy(nodeIDs.contains) else { return fallBack() }
    try sink.end()
    return .complete
  }

  /// Parses piece `index` (on a worker thread); `.needsSequentialRead` for anything but a clean
  /// run of nodes and edges.
  static func parse(piece index: Int, of plan: GraphMLChunkPlan, keys: GraphMLKeyTable) -> ChunkResult {
    guard let document = plan.document(ofChunk: index) else { return .needsSequentialRead }
    guard let document else { return .items(directed: nil, []) }
    do {
      var parse = try GraphMLParse(chunk: document, of: plan.path, keys: keys)
      var collector = ChunkCollector()
      // About one node or edge per 250 bytes of a typical file: one allocation, no regrowth.
      collector.items.reserveCapacity(document.bytes.count / 250)
      try parse.run(into: &collector, schemaOnly: false)
      if parse.needsSequentialRead { return .needsSequentialRead }
      return .items(directed: collector.directed, collector.items)
    } catch {
      return .needsSequentialRead
    }
  }
}

/// One node or edge of a piece, in document order.
enum ChunkItem: Sendable {
  case node(Entity)
  case edge(Relation, id: String?)
}

/// A parsed piece: its items (and the graph's direction, nil for an empty piece), or a sign
/// that the sequential reader must decide from here on.
enum ChunkResult: Sendable {
  case items(directed: Bool?, [ChunkItem])
  case needsSequentialRead
}

/// Collects a piece's nodes and edges.
private struct ChunkCollector: KnowledgeGraphSink {
  var directed: Bool?
  var items: [ChunkItem] = []
  mutating func begin(directed: Bool) throws { self.directed = directed }
  mutating func node(_ entity: Entity) throws { items.append(.node(entity)) }
  mutating func edge(_ relation: Relation, id: String?) throws { items.append(.edge(relation, id: id)) }
  mutating func end() throws {}
}

/// Forwards to a sink all but the first `skipNodes` nodes and `skipEdges` edges (and `begin`,
/// when `skipBegin`): the sequential reader resuming where `GraphMLChunkedRead` stopped.
struct ResumingSink<Base: KnowledgeGraphSink>: KnowledgeGraphSink {
  var base: Base
  var skipBegin: Bool
  var skipNodes: Int
  var skipEdges: Int

  mutating func begin(directed: Bool) throws {
    if skipBegin {
      skipBegin = false
    } else {
      try base.begin(directed: directed)
    }
  }

  mutating func node(_ entity: Entity) throws {
    if skipNodes > 0 {
      skipNodes -= 1
    } else {
      try base.node(entity)
    }
  }

  mutating func edge(_ relation: Relation, id: String?) throws {
    if skipEdges > 0 {
      skipEdges -= 1
    } else {
      try base.edge(relation, id: id)
    }
  }

  mutating func end() throws { try base.end() }
}

/// The hand-over between the worker threads and the consumer: which piece to parse next, the
/// parsed pieces not yet taken, and a window that keeps workers from running ahead.
private final class ChunkPipeline: @unchecked Sendable {
  private let count: Int
  private let window: Int
  private var next = 0
  private var taken = 0
  private var cancelled = false
  private var results: [Int: ChunkResult] = [:]
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  private let changed = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

  init(count: Int, window: Int) {
    self.count = count
    self.window = max(window, 1)
    pthread_mutex_init(mutex, nil)
    pthread_cond_init(changed, nil)
  }

  deinit {
    pthread_cond_destroy(changed)
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
    changed.deallocate()
  }

  private func locked<T>(_ body: () -> T) -> T {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return body()
  }

  /// The next piece to parse; waits while the window is full; nil when all are claimed or the
  /// read was stopped.
  func claim() -> Int? {
    locked {
      while !cancelled && next < count && next >= taken + window { pthread_cond_wait(changed, mutex) }
      guard !cancelled && next < count else { return nil }
      next += 1
      return next - 1
    }
  }

  func finish(_ index: Int, with result: ChunkResult) {
    locked {
      results[index] = result
      pthread_cond_broadcast(changed)
    }
  }

  /// Piece `index`, once parsed (pieces are taken in order); parsed here with `parse` when no
  /// worker has claimed it, so that the read finishes even if no worker thread runs.
  func take(_ index: Int, parse: (Int) -> ChunkResult) -> ChunkResult {
    locked {
      while results[index] == nil {
        if next <= index {
          next = index + 1
          pthread_mutex_unlock(mutex)
          let result = parse(index)
          pthread_mutex_lock(mutex)
          results[index] = result
        } else {
          pthread_cond_wait(changed, mutex)
        }
      }
      taken = index + 1
      pthread_cond_broadcast(changed)
      return results.removeValue(forKey: index) ?? .needsSequentialRead
    }
  }

  /// Stops the workers after their current piece.
  func cancel() {
    locked {
      cancelled = true
      pthread_cond_broadcast(changed)
    }
  }
}
