import ArgumentParser
import TiesStore

struct Stats: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Count documents, entities by type, relations by predicate, mentions and misses.")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    try Diagnostics.reporting {
      emit(SummaryRendering.stats(try global.existingStore().stats()))
    }
  }
}
