import TiesModel
import TiesStore

/// Text renderings of store summaries.
enum SummaryRendering {
  static func stats(_ stats: StoreStats) -> String {
    var lines = ["documents: \(stats.documents)", "entities: \(stats.entities)"]
    for c in stats.entitiesByType { lines.append("  \(c.key.rawValue): \(c.count)") }
    lines.append("relations: \(stats.relations)")
    for c in stats.relationsByPredicate { lines.append("  \(c.key.rawValue): \(c.count)") }
    lines.append("mentions: \(stats.mentions)")
    lines.append("misses: \(stats.misses)")
    return lines.joined(separator: "\n") + "\n"
  }

  static func entityLine(_ e: Entity) -> String {
    let aliases = e.aliases.isEmpty ? "" : "  (also: \(e.aliases.joined(separator: "; ")))"
    return "\(e.id.rawValue)\t\(e.type.rawValue)\t\(e.name)\(aliases)"
  }
}
