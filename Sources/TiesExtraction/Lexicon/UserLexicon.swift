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
  ///
  /// The YAML is composed into nodes and walked here, never turned into Swift values by Yams's
  /// constructor, which traps on a mapping key that is not text (`{[a]: b}`). Values must be
  /// text: a name, a list of names, a mapping of names; an empty value counts as none.
  /// - Throws: `ExtractionError.badLexicon` with a line and column for YAML errors and for a
  ///   value of the wrong shape; for invalid UTF-8, a root that is not a mapping, an unknown key,
  ///   or a type that is not one of `EntityType.extracted`.
  /// - Complexity: O(n) in the size of the text (Yams composes the whole document).
  public static func parse(_ bytes: [UInt8], path: String) throws -> UserLexicon {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw ExtractionError.badLexicon(
        location: InputLocation(path: path), reason: "cannot read as UTF-8 text")
    }
    let document: Node?
    do {
      document = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw ExtractionError.badLexicon(location: Lexicon.location(of: error, path: path), reason: "\(error)")
    } catch {
      throw ExtractionError.badLexicon(location: InputLocation(path: path), reason: "\(error)")
    }
    var lexicon = UserLexicon()
    guard let document, !isEmpty(document) else { return lexicon }
    let shape = Shape(path: path)
    guard let root = document.mapping else {
      throw ExtractionError.badLexicon(
        location: InputLocation(path: path, line: 1, column: 1),
        reason: "expected a mapping with keys aliases, types, ignore")
    }
    var sections: [String: Node] = [:]
    for (keyNode, value) in root {
      let key = try shape.text(keyNode, "a key")
      guard ["aliases", "types", "ignore"].contains(key) else {
        throw shape.error(keyNode, "unknown key '\(key)' (expected aliases, types, ignore)")
      }
      sections[key] = value
    }
    for (canonical, others) in try shape.mapping(sections["aliases"], "aliases") {
      lexicon.aliases[canonical.lowercased()] = canonical
      for alias in try shape.names(others, "the aliases of '\(canonical)'") {
        lexicon.aliases[alias.lowercased()] = canonical
      }
    }
    for (name, value) in try shape.mapping(sections["types"], "types") {
      let type = EntityType(rawValue: try shape.text(value, "the type of '\(name)'"))
      guard EntityType.extracted.contains(type) else {
        let known = EntityType.extracted.map(\.rawValue).joined(separator: ", ")
        throw shape.error(value, "type of '\(name)' must be one of \(known)")
      }
      lexicon.types[name.lowercased()] = type
    }
    if let ignore = sections["ignore"] {
      for name in try shape.names(ignore, "ignore") { lexicon.ignored.insert(name.lowercased()) }
    }
    return lexicon
  }

  /// Whether a node is YAML's null (`~`, `null`, or nothing).
  static func isEmpty(_ node: Node) -> Bool { node.null != nil }

  /// Reads nodes of the expected shapes, or throws `badLexicon` at the offending node.
  private struct Shape {
    let path: String

    func error(_ node: Node, _ reason: String) -> ExtractionError {
      let location =
        node.mark.map { InputLocation(path: path, line: $0.line, column: $0.column) }
        ?? InputLocation(path: path)
      return .badLexicon(location: location, reason: reason)
    }

    /// A scalar's text.
    func text(_ node: Node, _ what: String) throws -> String {
      guard case .scalar(let scalar) = node else { throw error(node, "\(what) must be text") }
      return scalar.string
    }

    /// One name or a list of names; none for null.
    func names(_ node: Node, _ what: String) throws -> [String] {
      if UserLexicon.isEmpty(node) { return [] }
      if case .scalar(let scalar) = node { return [scalar.string] }
      guard case .sequence(let sequence) = node else { throw error(node, "\(what) must be a list of names") }
      return try sequence.map { try text($0, "each of \(what)") }
    }

    /// A mapping from names to nodes, sorted by name so that a name given twice resolves the
    /// same way on every run (the last one wins); none for a missing or null node.
    func mapping(_ node: Node?, _ what: String) throws -> [(String, Node)] {
      guard let node, !UserLexicon.isEmpty(node) else { return [] }
      guard case .mapping(let mapping) = node else { throw error(node, "\(what) must be a mapping of names") }
      var entries: [(String, Node)] = []
      for (key, value) in mapping { entries.append((try text(key, "a name in \(what)"), value)) }
      return entries.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(
        \.element)
    }
  }
}
