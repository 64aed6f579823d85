import Foundation

/// The repository's neighbours that tests read: `../shared` and its article generator
/// (`../shared/bench/corpus_gen.py`), and a python3 to run it.
public enum SharedMaterial {
  /// The repository's root folder.
  public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
  /// `../shared` beside the repository (it may be missing).
  public static let shared = repository + "/../shared"
  public static let generator = shared + "/bench/corpus_gen.py"

  public static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

  /// A python3 executable, or nil.
  public static let python3: String? =
    ["/usr/bin/python3", "/usr/local/bin/python3"]
    .first(where: FileManager.default.isExecutableFile(atPath:))
    ?? ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
    .map { "\($0)/python3" }.first(where: FileManager.default.isExecutableFile(atPath:))

  /// Whether articles can be generated here.
  public static var canGenerate: Bool { exists(generator) && python3 != nil }

  public struct GeneratorFailed: Error, CustomStringConvertible {
    public var status: Int32
    public var description: String { "corpus_gen.py exited with \(status)" }
  }

  /// Writes `articles` generated articles into `folder`.
  /// - Throws: `GeneratorFailed` when the generator exits with an error; Foundation's errors
  ///   when it cannot start.
  public static func generate(articles: Int, seed: Int, into folder: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python3 ?? "python3")
    process.arguments = [generator, "\(articles)", folder, "--seed", "\(seed)"]
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw GeneratorFailed(status: process.terminationStatus) }
  }
}
