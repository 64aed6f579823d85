import ArgumentParser
import Foundation
import TiesExtraction
import TiesPipeline
import TiesStore

struct Ingest: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Add articles to the existing graph.",
    discussion: """
      A document already in the graph with the same content is skipped; one whose content \
      changed replaces its own facts. Entities and relations are then resolved again with \
      every stored document, and only what changed is written, in one transaction.

      Several ingests may run at once on one graph: they extract at the same time, then take \
      turns to store and resolve (each waits up to --wait seconds), so none is lost and each \
      sees the articles committed before it.

      The graph records how its articles were extracted (the version of the rules and a \
      digest of the lexicons, lexicon.yaml included). An ingest that extracts otherwise \
      (a newer Ties, an edited lexicon.yaml) warns on standard error: new articles may then \
      name the same things otherwise; run `ties build` on every article for one consistent \
      graph.

      Example: ties ingest new-articles/2025-06-01.txt
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var reading: ReadingOptions
  @OptionGroup var writing: WritingOptions
  @Argument(help: ArgumentHelp("Article files or folders.", valueName: "path"))
  var paths: [String]

  func run() throws {
    try Diagnostics.reporting {
      let pipeline = try GraphPipeline(lexiconPath: global.lexiconPath)
      let files = try InputFiles.collect(paths)
      let store = try global.store()
      let report = try pipeline.ingest(
        files, into: store, options: writing.ingestOptions(lossy: reading.lossy))
      if let mismatch = report.extractionMismatch {
        let before = mismatch.recorded.map { "with \($0)" } ?? "before Ties recorded how"
        Diagnostics.note(
          """
          warning: the graph's articles were extracted \(before); these are extracted with \(mismatch.current) \
          (another version of Ties or another lexicon.yaml). New articles may name the same things \
          otherwise than the stored ones; run `ties build` on every article for one consistent graph.
          """)
      }
      emit("added \(report.added), changed \(report.changed), unchanged \(report.unchanged)\n")
      if report.added + report.changed > 0 {
        emit("resolved again: \(report.clustersResolved) clusters (one article's name for one thing)\n")
      }
      emit(SummaryRendering.stats(try store.stats()))
    }
  }
}
