import Foundation
import TiesFormats
import TiesModel

/// Draws `/graph.svg` pictures with Graphviz: `GraphPicture`'s DOT (shapes and colours by
/// type, lines by predicate, roles on affiliations, a legend) with every entity linked to its
/// page (`URL`, `target="_top"`, so a click inside an `<object>` opens the page), laid out
/// by the engine `GraphPicture` picks for the size.
///
/// Graphviz escapes every name in the SVG it writes. A run is bounded: at most
/// `Limits.graphvizRuns` at once (more are refused with 503) and `Limits.graphvizSeconds` each
/// (then the process is killed). Pictures are kept per graph generation in a small
/// least-recently-used cache, since a layout costs far more than a page.
final class PictureMaker: @unchecked Sendable {
  private let lock = NSLock()
  private var running = 0
  private var cache: [String: (svg: String, used: Int)] = [:]
  private var clock = 0
  private let cacheSize = 64

  /// The SVG of `request` on `snapshot`.
  /// - Throws: `ServeError.unknownEntity`, `.badParameter`, or `.pictureUnavailable` when
  ///   Graphviz is missing, busy, too slow or fails.
  func svg(_ request: PictureRequest, _ snapshot: GraphSnapshot) async throws -> String {
    let key = "\(snapshot.generation)\u{1E}\(request.cacheKey)"
    if let hit = cached(key) { return hit }
    let (graph, note) = try request.subgraph(snapshot)
    let dot = Self.linkedDOT(graph, note: note)
    let engine = GraphPicture.engine(for: graph).rawValue
    guard let executable = Self.executable(engine) else {
      throw ServeError.pictureUnavailable("Graphviz is not installed: " + GraphPicture.installHint)
    }
    guard reserve() else { throw ServeError.pictureUnavailable("busy drawing other pictures; try again") }
    defer { release() }
    let svg = Self.scalable(try await Self.run(executable, dot))
    store(key, svg)
    return svg
  }

  /// `GraphPicture.dot(graph)` with a `URL` per entity and, when given, `note` as the label.
  static func linkedDOT(_ graph: KnowledgeGraph, note: String?) -> String {
    var dot = GraphPicture.dot(graph)
    guard let close = dot.range(of: "}", options: .backwards) else { return dot }
    var extra = ""
    if let note { extra += "  label=\(quoted(note)); labelloc=\"t\";\n" }
    for entity in graph.entities {
      let url = HTML.entityURL(entity.id.rawValue)
      extra += "  \(quoted(entity.id.rawValue)) [URL=\(quoted(url)), target=\"_top\"];\n"
    }
    dot.replaceSubrange(close.lowerBound..<close.lowerBound, with: extra)
    return dot
  }

  /// `svg` with the root's fixed `width` and `height` (in points) replaced by 100%, so that
  /// the picture scales to the box it is shown in (its `viewBox` keeps the proportions).
  static func scalable(_ svg: String) -> String {
    guard let root = svg.range(of: "<svg width=\""),
      let end = svg[root.upperBound...].range(of: "viewBox=\"")
    else { return svg }
    return svg.replacingCharacters(
      in: root.lowerBound..<end.lowerBound, with: "<svg width=\"100%\" height=\"100%\"\n ")
  }

  /// A DOT string literal: `"` and `\` escaped, line breaks as spaces.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for ch in text {
      switch ch {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n", "\r": out += " "
      default: out.append(ch)
      }
    }
    return out + "\""
  }

  static func executable(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = folder + "/" + name
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Runs Graphviz on `dot` and returns the SVG.
  /// - Throws: `ServeError.pictureUnavailable` when it fails or takes too long.
  private static func run(_ executable: String, _ dot: String) async throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ties-serve-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("picture.dot")
    let output = folder.appendingPathComponent("picture.svg")
    try Data(dot.utf8).write(to: input)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = ["-Tsvg", "-o", output.path, input.path]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let status: Int32 = try await withCheckedThrowingContinuation { continuation in
      process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
      do {
        try process.run()
      } catch {
        process.terminationHandler = nil
        continuation.resume(throwing: ServeError.pictureUnavailable("cannot run \(executable): \(error)"))
        return
      }
      DispatchQueue.global().asyncAfter(deadline: .now() + Limits.graphvizSeconds) {
        if process.isRunning { process.terminate() }
      }
    }
    guard status == 0, let svg = try? String(contentsOf: output, encoding: .utf8) else {
      throw ServeError.pictureUnavailable(
        "Graphviz did not draw the picture within \(Int(Limits.graphvizSeconds)) s (status \(status)); "
          + "ask for fewer hops or types")
    }
    return svg
  }

  private func cached(_ key: String) -> String? {
    lock.lock()
    defer { lock.unlock() }
    guard let hit = cache[key] else { return nil }
    clock += 1
    cache[key] = (hit.svg, clock)
    return hit.svg
  }

  private func store(_ key: String, _ svg: String) {
    lock.lock()
    defer { lock.unlock() }
    clock += 1
    cache[key] = (svg, clock)
    if cache.count > cacheSize, let oldest = cache.min(by: { $0.value.used < $1.value.used })?.key {
      cache[oldest] = nil
    }
  }

  private func reserve() -> Bool {
    lock.lock()
    defer { lock.unlock() }
    guard running < Limits.graphvizRuns else { return false }
    running += 1
    return true
  }

  private func release() {
    lock.lock()
    defer { lock.unlock() }
    running -= 1
  }
}
