import Foundation
import Testing
import TiesExtraction
import TiesFormats
import TiesPipeline
import TiesStore
import TiesTestSupport

/// What the pipeline tests share: one pipeline with the built-in lexicons, the article folders
/// and a way to read a stored graph back as GraphML bytes.
enum Fixtures {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
  static let shared = repository + "/../shared"
  static let generator = shared + "/bench/corpus_gen.py"

  static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

  /// Loaded once: the lexicons take a moment.
  static let pipeline: Result<GraphPipeline, any Error> = Result {
    try GraphPipeline(lexiconPath: "/nonexistent/ties-test-lexicon.yaml")
  }

  static let python3: String? =
    ["/usr/bin/python3", "/usr/local/bin/python3"]
    .first(where: FileManager.default.isExecutableFile(atPath:))
    ?? ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
    .map { "\($0)/python3" }.first(where: FileManager.default.isExecutableFile(atPath:))

  /// Writes `articles` generated articles into `folder` with ../shared/bench/corpus_gen.py.
  static func generate(articles: Int, seed: Int, into folder: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python3 ?? "python3")
    process.arguments = [generator, "\(articles)", folder, "--seed", "\(seed)"]
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "corpus_gen.py exited with \(process.terminationStatus)")
  }

  /// The GraphML export of the graph in `directory`, as bytes.
  static func graphML(_ directory: String, scratch: TemporaryDirectory) throws -> [UInt8] {
    let store = try GraphStore(directory: directory, access: .readOnly)
    let path = scratch.appending("export-\(UUID().uuidString).graphml")
    try GraphMLWriter.write(try store.graph(), to: path)
    return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
  }
}
