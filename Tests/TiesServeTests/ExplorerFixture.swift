import Foundation
import Testing
import TiesModel
import TiesServe
import TiesStore
import TiesTestSupport

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A small graph in a store of its own, with a hostile name, served by an `Explorer` on a
/// free port of 127.0.0.1 for the duration of a test.
final class ExplorerFixture: Sendable {
  static let kim: EntityID = "p-kim-yoon"
  static let kje: EntityID = "a-korea-japan-economic-association"
  static let hostile: EntityID = "p-script"
  static let conference: EntityID = "ev-korea-japan-business-conference-57"
  static let seoul: EntityID = "pl-seoul"
  static let hostileName = "<script>alert('x')</script> & \"Co\""

  let directory: TemporaryDirectory
  let host: String
  let port: Int
  private let task: Task<Void, any Error>

  var base: String { "http://127.0.0.1:\(port)" }

  /// Stores the graph and starts the explorer with the default host and port 0.
  init(graph: KnowledgeGraph = ExplorerFixture.graph(), sourceLocation: SourceLocation = #_sourceLocation)
    async throws
  {
    directory = try TemporaryDirectory(prefix: "ties-serve")
    try Self.store(graph, in: directory.path)
    let explorer = try Explorer(configuration: ExplorerConfiguration(graphDirectory: directory.path, port: 0))
    let (addresses, continuation) = AsyncStream.makeStream(of: (String, Int).self)
    task = Task { try await explorer.run { host, port in continuation.yield((host, port)) } }
    var iterator = addresses.makeAsyncIterator()
    let ready = try #require(await iterator.next(), sourceLocation: sourceLocation)
    (host, port) = ready
  }

  deinit { task.cancel() }

  /// Replaces the stored graph in one write transaction (as an import does); returns the
  /// store, whose connection stays open while the caller keeps it.
  @discardableResult
  static func store(_ graph: KnowledgeGraph, in directory: String) throws -> GraphStore {
    let store = try GraphStore(directory: directory)
    try store.replaceAll(extractions: [extraction], graph: graph)
    return store
  }

  /// Replaces the stored graph with a new generation of the database (as `ties build` does).
  static func rebuild(_ graph: KnowledgeGraph, in directory: String) throws {
    try GraphStore(directory: directory).rebuild(waitingUpTo: 10) { writer in
      try writer.insert([extraction])
      try writer.insertWithoutExtraction(graph.documents)
      try writer.apply(graph: graph, resolved: [extraction])
    }
  }

  static let document = Document(
    name: "a.txt", path: "corpus/a.txt", contentHash: String(repeating: "a", count: 64),
    dateline: "2025-05-14",
    headline: "Business leaders meet in Seoul")

  static let sentences = [
    Sentence(index: 0, start: 0, end: 30, text: "Business leaders meet in Seoul"),
    Sentence(index: 1, start: 31, end: 80, text: "Kim Yoon, chairman of the KJE, opened the meeting."),
    Sentence(
      index: 2, start: 81, end: 156, text: hostileName + " attended the 57th Korea-Japan Business Conference."
    ),
  ]

  static let extraction = DocumentExtraction(
    document: document, sentences: sentences, mentions: [], relations: [], misses: [])

  static func evidence(_ sentence: Int, _ start: Int, _ end: Int) -> Evidence {
    Evidence(document: "a.txt", sentence: sentence, start: start, end: end, rule: "test", confidence: 0.9)
  }

  static func graph(extra: [Entity] = []) -> KnowledgeGraph {
    KnowledgeGraph(
      documents: [document],
      entities: [
        Entity(id: kim, name: "Kim Yoon", type: .person, aliases: ["김윤"]),
        Entity(id: kje, name: "Korea-Japan Economic Association", type: .association, aliases: ["KJE"]),
        Entity(id: hostile, name: hostileName, type: .person),
        Entity(id: conference, name: "57th Korea-Japan Business Conference", type: .event),
        Entity(id: seoul, name: "Seoul", type: .place),
        Entity(id: "p-kim-doyeon", name: "Kim Do-yeon", type: .person),
      ] + extra,
      relations: [
        Relation(
          subject: kim, predicate: .affiliatedWith, object: kje, role: "chairman", asOf: "2025-05-14",
          evidence: [evidence(1, 31, 60)]),
        Relation(
          subject: hostile, predicate: .attended, object: conference, evidence: [evidence(2, 81, 115)]),
        Relation(subject: kim, predicate: .attended, object: conference, evidence: [evidence(1, 31, 39)]),
        Relation(subject: conference, predicate: .heldIn, object: seoul, evidence: [evidence(0, 25, 30)]),
      ])
  }

  /// The status, content type and body of GET `path`.
  func get(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> Answer {
    let url = try #require(URL(string: base + path), sourceLocation: sourceLocation)
    let (data, response) = try await URLSession.shared.data(from: url)
    let http = try #require(response as? HTTPURLResponse, sourceLocation: sourceLocation)
    return Answer(
      status: http.statusCode, type: http.value(forHTTPHeaderField: "Content-Type") ?? "",
      policy: http.value(forHTTPHeaderField: "Content-Security-Policy") ?? "",
      body: String(decoding: data, as: UTF8.self))
  }

  /// GET `path` as JSON.
  func json(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> [String: Any] {
    let answer = try await get(path, sourceLocation: sourceLocation)
    let object = try JSONSerialization.jsonObject(with: Data(answer.body.utf8))
    return try #require(object as? [String: Any], sourceLocation: sourceLocation)
  }

  struct Answer {
    var status: Int
    var type: String
    var policy: String
    var body: String
  }
}
