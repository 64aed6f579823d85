import Foundation
import TiesModel
import Yams

/// The names a user adds in `graph/lexicon.yaml`, parsed and checked, not yet merged into a
/// `Lexicon`:
/// ```yaml
/// aliases:            # names to merge: canonical name → other names
///   Korea-Japan Economic Association: [KJEA]
/// types:              # names whose type is forced
///   Shilla Jeju: place
/// ignore:             # names never to extract
///   - Covid-19
/// ```
public struct UserLexicon: Sendable, Equatable {
  /// Alias (lower-cased) → canonical name; each canonical name is also its own alias.
  public var aliases: [String: String] = [:]
  /// Name (lower-cased) → forced type (one of `EntityType.extracted`).
  public var types: [String: EntityType] = [:]
  /// Names (lower-cased) never to extract.
  public var ignored: Set<String> = []

  /// The largest lexicon file read, 16 MiB: far more than any hand-written list, and small
  /// enough that parsing stays in bounded memory.
  public static let maximumFileSize = 16 << 20

  public init() {}

  /// Reads and parses the file at `path`.
  /// - Throws: `ExtractionError.badLexicon` naming `path`: unreadable, larger than
  ///   `maximumFileSize`, not UTF-8, or what `parse(_:path:)` throws.
  /// - Complexity: O(n) in the size of the file.
  public static func load(path: String) throws -> UserLexicon {
    let bytes: [UInt8]
    do {
      bytes = try InputFiles.readRegularFile(path, limit: maximumFileSize)
    } catch ExtractionError.tooLarge(_, let size, let limit) {
      throw ExtractionError.badLexicon(
        location: InputLocation(path: path), reason: "the file has \(size) bytes; the limit is \(limit)")
    } catch let error as ExtractionError {
      throw ExtractionError.badLexicon(location: InputLocation(path: path), reason: error.message)
    }
    return try parse(bytes, path: path)
  }

  /// Parses the bytes of a lexicon file; `path` names it in errors.
  /// - Throws: `ExtractionError.badLexicon` with a line and column for YAML errors; for
  ///   invalid UTF-8, a root that is not a mapping, an unknown key, or a type that is not one
  ///   of `EntityType.extracted`.
  /// - Complexity: O(n) in the size of the text (Yams builds the whole document).
  public static func parse(_ bytes: [UInt8], path: String) throws -> UserLexicon {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw ExtractionError.badLexicon(
        location: InputLocation(path: path), reason: "cannot read as UTF-8 text")
    }
    let node: Any?
    do {
      node = try Yams.load(yaml: text)
    } catch let error as YamlError {
      throw ExtractionError.badLexicon(location: Lexicon.location(of: error, path: path), reason: "\(error)")
    } catch {
      throw ExtractionError.badLexicon(location: InputLocation(path: path), reason: "\(error)")
    }
    var lexicon = UserLexicon()
    guard let root = node as? [String: Any] else {
      if node == nil { return lexicon }
      throw ExtractionError.badLexicon(
        location: InputLocation(path: path, line: 1, column: 1),
        reason: "expected a mapping with keys aliases, types, ignore")
    }
    for key in root.keys.sorted() where !["aliases", "types", "ignore"].contains(key) {
      throw ExtractionError.badLexicon(
        location: InputLocation(path: path), reason: "unknown key '\(key)' (expected aliases, types, ignore)")
    }
    if let aliases = root["aliases"] as? [String: Any] {
      // Sorted, so that an alias listed under two canonical names resolves the same way on
      // every run.
      for (canonical, others) in aliases.sorted(by: { $0.key < $1.key }) {
        lexicon.aliases[canonical.lowercased()] = canonical
        for alias in Lexicon.strings(others) { lexicon.aliases[alias.lowercased()] = canonical }
      }
    }
    if let types = root["types"] as? [String: Any] {
      for (name, value) in types.sorted(by: { $0.key < $1.key }) {
        guard let type = value as? String, EntityType.extracted.contains(EntityType(rawValue: type)) else {
          throw ExtractionError.badLexicon(
            location: InputLocation(path: path),
            reason:
              "type of '\(name)' must be one of \(EntityType.extracted.map(\.rawValue).joined(separator: ", "))"
          )
        }
        lexicon.types[name.lowercased()] = EntityType(rawValue: type)
      }
    }
    for name in Lexicon.strings(root["ignore"]) { lexicon.ignored.insert(name.lowercased()) }
    return lexicon
  }
}
