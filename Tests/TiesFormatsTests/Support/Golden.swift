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

/// The shared temporary directory, with the file helpers these tests use.
typealias TemporaryFolder = TemporaryDirectory

extension TemporaryDirectory {
  func file(_ name: String) -> String { appending(name) }

  /// Writes `bytes` (unchanged) to `name` and returns its path.
  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    try Data(bytes).write(to: URL(fileURLWithPath: file(name)))
    return file(name)
  }

  func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

  func read(_ name: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: file(name))) }
}
