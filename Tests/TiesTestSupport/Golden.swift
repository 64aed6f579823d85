import Foundation
import Testing

/// Compares `actual` with `Golden/<name>` in the test target's folder (found by walking up from
/// `#filePath` to the folder named `testTarget`). With `RECORD_GOLDEN=1` in the environment it
/// rewrites the file and fails, so every re-record shows up as a diff to review.
public func assertMatchesGolden(
  _ actual: Data, named name: String, testTarget: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
  while folder.lastPathComponent != testTarget && folder.path != "/" {
    folder.deleteLastPathComponent()
  }
  let url = folder.appendingPathComponent("Golden").appendingPathComponent(name)
  if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
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
    Issue.record(
      "\(name) differs from its golden file \(url.path):\n\(String(decoding: actual, as: UTF8.self))",
      sourceLocation: sourceLocation)
  }
}
