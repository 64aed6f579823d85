import ArgumentParser
import TiesModel
import TiesStore

struct Show: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show an entity: its aliases, relations and the sentences behind them.",
    discussion: """
      NAME is matched against names and aliases, ignoring case and hyphens; an id works too. \
      When several entities match, they are listed and nothing is shown (exit code 3).

      Example: ties show KJE
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "A name, alias or id.") var name: String

  func run() throws {
    try Diagnostics.reporting {
      let store = try global.existingStore()
      let entity = try EntityLookup.entity(named: name, in: store, substring: true)
      emit(try render(entity, store: store))
    }
  }

  private func render(_ e: Entity, store: any GraphReading) throws -> String {
    var out = "\(e.name) [\(e.type.rawValue)] \(e.id.rawValue)\n"
    if !e.aliases.isEmpty { out += "  also: \(e.aliases.joined(separator: "; "))\n" }
    out += "  mentions: \(e.mentionCount)\n"
    for r in try store.relations(of: e.id) {
      let outgoing = r.subject == e.id
      let other = try store.entity(id: outgoing ? r.object : r.subject)
      let otherName = other?.name ?? (outgoing ? r.object : r.subject).rawValue
      let role = r.role.map { " (\($0))" } ?? ""
      let date = r.asOf.map { ", as of \($0)" } ?? ""
      out +=
        outgoing
        ? "  → \(r.predicate.rawValue)\(role) \(otherName)\(date)\n"
        : "  ← \(otherName) \(r.predicate.rawValue)\(role)\(date)\n"
      for ev in r.evidence {
        let sentence = try store.sentence(document: ev.document, index: ev.sentence)?.text ?? ""
        out += "      \(ev.document)#\(ev.sentence) [\(ev.rule)]: \(sentence)\n"
      }
    }
    return out
  }
}
