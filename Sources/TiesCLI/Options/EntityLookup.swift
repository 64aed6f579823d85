import ArgumentParser
import TiesModel
import TiesStore

/// Finds the entity a name on the command line stands for (`ties show NAME`, `--focus NAME`): by name or alias (the
/// store's `NameKey`: case ignored, hyphens, dashes and white space alike), then by id. When none or several
/// match, it prints the candidates and ends with exit code 3.
enum EntityLookup {
  /// - Throws: `StoreError`, or `ExitCode(3)` after printing the candidates.
  /// With `substring`, a name that matches nothing exactly may match part of a name or alias.
  static func entity(named name: String, in store: any GraphReading, substring: Bool = false) throws -> Entity
  {
    var candidates = try store.findEntities(named: name)
    if candidates.isEmpty, let byID = try store.entity(id: EntityID(rawValue: name)) { candidates = [byID] }
    if candidates.isEmpty && substring { candidates = try store.entities(type: nil, matching: name) }
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
    return try unique(candidates.sorted { $0.id < $1.id }, name: name, hint: "").id
  }

  private static func unique(_ candidates: [Entity], name: String, hint: String) throws -> Entity {
    if candidates.count == 1, let entity = candidates.first { return entity }
    if candidates.isEmpty {
      Diagnostics.error("error: no entity named '\(name)'" + hint)
    } else {
      Diagnostics.error("error: '\(name)' is ambiguous; candidates:")
      for c in candidates { Diagnostics.error("  " + SummaryRendering.entityLine(c)) }
    }
    throw ExitCode(ExitCodes.notFound)
  }

  /// The store's own lookup key, so that a file and the store match names alike.
  static func matchKey(_ name: String) -> String { NameKey.make(name) }
}
