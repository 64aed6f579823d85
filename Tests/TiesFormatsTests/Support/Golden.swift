import Foundation
import Testing

/// Compares `actual` with `Golden/<name>` next to the calling test file's folder tree
/// (Tests/TiesFormatsTests/Golden), found through `#filePath`. With `RECORD_GOLDEN=1` in the
/// environment it rewrites the file and fails, so every re-record shows up as a diff.
func assertGolden(
  _ actual: Data, named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
  while folder.lastPathComponent != "TiesFormatsTests" && folder.path != "/" {
    folder.deleteLastPathComponent()
  }
  let url = folder.appendingPathComponent("Golden").appendingPathComponent(name)
  if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
    try actual.write(to: url)
    Issue.record(
      "recorded \(url.path); unset RECORD_GOLDEN and review the diff", sourceLocation: sourceLocation)
    return
  }
  guard let expected = try? Data(contentsOf: url) else {
    Issue.record("missing golden file \(url.path); run with RECORD_GOLDEN=1", sourceLocation: sourceLocation)
    return
  }
  if expected != actual {
    let got = String(decoding: actual, as: UTF8.self)
    Issue.record(
      "\(name) differs from its golden file \(url.path):\n\(got)", sourceLocation: sourceLocation)
  }
}

/// The fixtures folder, found through `#filePath`.
func fixturePath(_ name: String, filePath: String = #filePath) -> String {
  var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
  while folder.lastPathComponent != "TiesFormatsTests" && folder.path != "/" {
    folder.deleteLastPathComponent()
  }
  return folder.appendingPathComponent("Fixtures").appendingPathComponent(name).path
}

/// A fresh temporary folder, removed when the value is dropped.
final class TemporaryFolder {
  let path: String

  init() throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("ties-formats-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    path = url.path
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  func file(_ name: String) -> String { path + "/" + name }

  /// Writes `text` (as bytes, unchanged) to `name` and returns its path.
  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    try Data(bytes).write(to: URL(fileURLWithPath: file(name)))
    return file(name)
  }

  func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

  func read(_ name: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: file(name))) }
}
