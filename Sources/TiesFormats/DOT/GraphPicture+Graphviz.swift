import Foundation
import TiesModel

extension GraphPicture {
  /// What `write(_:to:searchPath:)` did.
  public enum Outcome: Sendable, Hashable {
    /// The SVG was written, laid out by this engine.
    case drawn(LayoutEngine)
    /// No executable of this engine is on the search path; nothing was written.
    case graphvizMissing(LayoutEngine)
    /// The graph has more than `maxNodes` entities, too many to draw legibly; nothing was
    /// written.
    case tooLarge(nodeCount: Int)
  }

  /// Above this many entities no picture is drawn (`LayoutRecommendation` advises Gephi or
  /// Cytoscape there; sfdp takes minutes).
  public static let maxNodes = 20_000

  /// How to get Graphviz, for a note when `write` reports `.graphvizMissing`.
  public static let installHint =
    "install Graphviz to draw it (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz;"
    + " others: https://graphviz.org/download/)"

  /// Draws `graph` as SVG into `path` with Graphviz: `dot(_:)`'s text, laid out by the engine
  /// `engine(for:)` picks, run as a subprocess.
  ///
  /// The DOT goes to a temporary file beside `path`, Graphviz writes the SVG under a temporary
  /// name there too, and that is renamed onto `path` only when Graphviz succeeds, so an
  /// interrupted or failed run leaves the previous file. Graphviz escapes every label and id
  /// in the SVG it writes.
  ///
  /// - Parameters:
  ///   - graph: The graph to draw.
  ///   - path: The SVG file to write.
  ///   - searchPath: Folders to look for the engine in, `:`-separated like `PATH`; nil means
  ///     this process's `PATH`.
  /// - Returns: `.drawn`, or why nothing was written (no Graphviz, too large a graph).
  /// - Throws: `FormatsError.io` when a file cannot be written or Graphviz fails.
  /// - Complexity: that of the engine (`dot` is quadratic or worse in the worst case, which is
  ///   why large graphs get `sfdp` and the largest none).
  public static func write(_ graph: KnowledgeGraph, to path: String, searchPath: String? = nil) throws
    -> Outcome
  {
    if graph.entities.count > maxNodes { return .tooLarge(nodeCount: graph.entities.count) }
    let engine = engine(for: graph)
    let folders = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? ""
    guard let executable = executable(named: engine.rawValue, in: folders) else {
      return .graphvizMissing(engine)
    }
    let input = AtomicFile(target: path + ".dot")  // never committed: removed when dropped
    let output = try BufferedFileOutput(path: input.temporaryPath)
    try output.write(dot(graph, engine: engine))
    try output.flush()
    let svg = AtomicFile(target: path)
    try run(executable, ["-Tsvg", "-o", svg.temporaryPath, input.temporaryPath], for: path)
    try svg.commit()
    return .drawn(engine)
  }

  /// The first executable file `name` in the `:`-separated `folders`, or nil.
  static func executable(named name: String, in folders: String) -> String? {
    for folder in folders.split(separator: ":") where !folder.isEmpty {
      let candidate = folder + "/" + name
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Runs `executable` with `arguments` and waits for it.
  /// - Throws: `FormatsError.io(path: target, …)` when it cannot start or does not exit with
  ///   status 0 (the message carries the first line it printed on standard error).
  private static func run(_ executable: String, _ arguments: [String], for target: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    let errors = Pipe()
    process.standardError = errors
    do {
      try process.run()
    } catch {
      throw FormatsError.io(path: target, message: "cannot run \(executable): \(error.localizedDescription)")
    }
    let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationReason == .exit, process.terminationStatus == 0 else {
      let firstLine = text.split(separator: "\n").first.map(String.init) ?? "no message"
      let how =
        process.terminationReason == .exit
        ? "exit status \(process.terminationStatus)" : "signal \(process.terminationStatus)"
      throw FormatsError.io(path: target, message: "\(executable) failed (\(how)): \(firstLine)")
    }
  }
}
