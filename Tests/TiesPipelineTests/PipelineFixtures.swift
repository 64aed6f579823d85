import Dispatch
import Foundation
import Testing
import TiesExtraction
import TiesFormats
import TiesStore
import TiesStorePostgres
import TiesTestSupport

@testable import TiesPipeline

/// What the pipeline tests share: one pipeline with the built-in lexicons, the article folders
/// and a way to read a stored graph back as GraphML bytes.
enum Fixtures {
  static let repository = SharedMaterial.repository
  static let shared = SharedMaterial.shared
  static let generator = SharedMaterial.generator

  static func exists(_ path: String) -> Bool { SharedMaterial.exists(path) }

  /// Loaded once: the lexicons take a moment.
  static let pipeline: Result<GraphPipeline, any Error> = Result {
    try GraphPipeline(lexiconPath: "/nonexistent/ties-test-lexicon.yaml")
  }

  static let python3 = SharedMaterial.python3

  /// Writes `articles` generated articles into `folder` with ../shared/bench/corpus_gen.py.
  static func generate(articles: Int, seed: Int, into folder: String) throws {
    try SharedMaterial.generate(articles: articles, seed: seed, into: folder)
  }

  /// The GraphML export of the graph in `directory`, as bytes.
  static func graphML(_ graph: String, scratch: TemporaryDirectory) throws -> [UInt8] {
    let store = try GraphStores.open(graph, access: .readOnly)
    let path = scratch.appending("export-\(UUID().uuidString).graphml")
    try GraphMLWriter.write(try store.graph(), to: path)
    return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  /// Runs `write` on another thread and, once it calls its `pause` argument (inside its
  /// transaction), `read` here; then lets the write commit. Returns what `read` gave.
  /// - Throws: what `write` or `read` throws.
  static func reading<T>(
    _ read: () throws -> T, during write: @escaping @Sendable (_ pause: () -> Void) throws -> Void
  ) throws -> T {
    let writing = DispatchSemaphore(value: 0)
    let readDone = DispatchSemaphore(value: 0)
    let result = ResultSlots<Void>(count: 1)
    let thread = Thread {
      result.set(
        0,
        Result {
          try write {
            writing.signal()
            readDone.wait()
          }
        })
      writing.signal()
    }
    thread.start()
    writing.wait()
    let value = Result { try read() }
    readDone.signal()
    writing.wait()
    try result.values()[0]
    return try value.get()
  }
}
