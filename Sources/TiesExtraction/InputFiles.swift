import Foundation
import TiesModel

/// An article to read: the name evidence will use, and where it is.
public struct InputFile: Hashable, Sendable {
  /// The path relative to the folder it was found in, or the file name when given directly.
  public var name: String
  public var path: String

  public init(name: String, path: String) {
    self.name = name
    self.path = path
  }
}

/// Expands the paths given on a command line into the articles they hold.
public enum InputFiles {
  /// Files are taken as given; folders are searched recursively for `.txt` files, in sorted
  /// order. Hidden files and folders are skipped.
  /// - Throws: `ExtractionError.notFound` for a missing path, `.noTextFiles` for a folder
  ///   without `.txt` files.
  /// - Complexity: O(n log n) in the number of files found.
  public static func collect(_ paths: [String]) throws -> [InputFile] {
    var out: [InputFile] = []
    var seen = Set<String>()
    let fm = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw ExtractionError.notFound(path: path)
      }
      if !isDirectory.boolValue {
        let name = (path as NSString).lastPathComponent
        if seen.insert(path).inserted { out.append(InputFile(name: name, path: path)) }
        continue
      }
      guard let enumerator = fm.enumerator(atPath: path) else {
        throw ExtractionError.unreadable(path: path, reason: "cannot list the directory")
      }
      var found: [String] = []
      while let relative = enumerator.nextObject() as? String {
        let last = (relative as NSString).lastPathComponent
        if last.hasPrefix(".") {
          enumerator.skipDescendants()
          continue
        }
        if relative.lowercased().hasSuffix(".txt") { found.append(relative) }
      }
      if found.isEmpty { throw ExtractionError.noTextFiles(directory: path) }
      for relative in found.sorted() {
        let full = (path as NSString).appendingPathComponent(relative)
        if seen.insert(full).inserted { out.append(InputFile(name: relative, path: full)) }
      }
    }
    return out
  }

  /// Reads a file's bytes.
  /// - Throws: `ExtractionError.unreadable`.
  public static func read(_ file: InputFile) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: file.path) else {
      throw ExtractionError.unreadable(path: file.path, reason: "permission denied or not a regular file")
    }
    return [UInt8](data)
  }

  /// FNV-1a 64-bit hash of `bytes`, as 16 hex digits: detects a changed document (not a
  /// security checksum).
  public static func contentHash(_ bytes: [UInt8]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      hash ^= UInt64(b)
      hash = hash &* 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
