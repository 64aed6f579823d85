import ArgumentParser
import TiesModel
import TiesStore

struct Entities: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the entities of the graph.",
    discussion: "Example: ties entities --type person --match kim")

  @OptionGroup var global: GlobalOptions
  @Option(
    help: "Only entities of this type (person, company, association, government, event, place, agreement).")
  var type: String?
  @Option(help: "Only entities whose name or an alias contains this text (case-insensitive).")
  var match: String?

  func validate() throws {
    if let type, !EntityType.extracted.contains(EntityType(rawValue: type)) {
      throw ValidationError(
        "unknown type '\(type)'; expected one of \(EntityType.extracted.map(\.rawValue).joined(separator: ", "))"
      )
    }
  }

  func run() throws {
    try Diagnostics.reporting {
      let store = try global.existingStore()
      let entities = try store.entities(type: type.map { EntityType(rawValue: $0) }, matching: match)
      emit(entities.map { SummaryRendering.entityLine($0) + "\n" }.joined())
    }
  }
}
