import Foundation

/// A fresh, empty directory under the system's temporary directory, removed with all its
/// content when the value is released. Give each test its own, so tests can run in parallel.
public final class TemporaryDirectory: Sendable {
  /// The directory's absolute path, without a trailing slash.
  public let path: String

  /// Creates the directory; `prefix` starts its name, to tell tests apart when one fails.
  public init(prefix: String = "ties-test") throws {
    let base = FileManager.default.temporaryDirectory.path
    path = base + "/" + prefix + "-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// `name` inside the directory (not created).
  public func appending(_ name: String) -> String { path + "/" + name }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }
}
