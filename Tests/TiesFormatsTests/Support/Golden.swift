import Foundation
import Testing
import TiesTestSupport

/// Compares `actual` with `Golden/<name>` of this test target (see `assertMatchesGolden`).
func assertGolden(
  _ actual: Data, named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  try assertMatchesGolden(
    actual, named: name, testTarget: "TiesFormatsTests", filePath: filePath, sourceLocation: sourceLocation)
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
