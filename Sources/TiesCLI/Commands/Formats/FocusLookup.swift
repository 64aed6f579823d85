import ArgumentParser
import TiesModel
import TiesStore

/// Finds the entity `--focus NAME` names, the way `ties show` does: by name or alias (ignoring
/// case, and treating hyphens, dashes and white space alike), then by id. When none or several
/// match, it prints the candidates and ends with exit code 3.
enum FocusLookup {
  /// - Throws: `StoreError`, or `ExitCode(3)` after printing the candidates.
  static func entity(named name: String, in store: GraphStore) throws -> EntityID {
    var candidates = try store.findEntities(named: name)
    if candidates.isEmpty, let byID = try store.entity(id: EntityID(rawValue: name)) { candidates = [byID] }
    return try unique(candidates, name: name, hint: " (try: ties entities --match ...)")
  }

  /// The same lookup in a graph read from a file.
  /// - Throws: `ExitCode(3)` after printing the candidates.
  /// - Complexity: O(V + A) name comparisons.
  static func entity(named name: String, in graph: KnowledgeGraph) throws -> EntityID {
    let key = matchKey(name)
    var candidates = graph.entities.filter { entity in
      !key.isEmpty && (matchKey(entity.name) == key || entity.aliases.contains { matchKey($0) == key })
    }
    if candidates.isEmpty { candidates = graph.entities.filter { $0.id.rawValue == name } }
    return try unique(candidates.sorted { $0.id < $1.id }, name: name, hint: "")
  }

  private static func unique(_ candidates: [Entity], name: String, hint: String) throws -> EntityID {
    if candidates.count == 1, let entity = candidates.first { return entity.id }
    if candidates.isEmpty {
      Diagnostics.error("error: no entity named '\(name)'" + hint)
    } else {
      Diagnostics.error("error: '\(name)' is ambiguous; candidates:")
      for c in candidates { Diagnostics.error("  " + SummaryRendering.entityLine(c)) }
    }
    throw ExitCode(ExitCodes.notFound)
  }

  /// The store's lookup key (TiesStore's `NameKey`, which is internal there): lower-cased,
  /// every run of white space and dashes folded into one space, `’` read as `'`.
  static func matchKey(_ name: String) -> String {
    var out = ""
    var pendingSpace = false
    for scalar in name.lowercased().unicodeScalars {
      let v = scalar.value
      let dash = v == 0x2D || (0x2010...0x2015).contains(v) || v == 0x2212 || v == 0xFE63 || v == 0xFF0D
      if scalar.properties.isWhitespace || dash {
        pendingSpace = true
        continue
      }
      if pendingSpace && !out.isEmpty { out.unicodeScalars.append(" ") }
      pendingSpace = false
      out.unicodeScalars.append(v == 0x2019 ? "'" : scalar)
    }
    return out
  }
}
