import ArgumentParser
import Foundation
import TiesExtraction
import TiesPipeline
import TiesStore

struct Build: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Build the graph anew from articles (default: corpus/).",
    discussion: """
      Reads every .txt file of the given files and folders, extracts and resolves them, and \
      replaces the graph in --graph with the result at once (in a folder, a new database \
      file that graph/ties.sqlite then links to; on PostgreSQL, one transaction): if \
      anything fails, the previous graph is left as it was. Queries in other processes keep \
      answering from the previous graph until the new one is complete; another build or \
      ingest of the same graph waits for this one (up to --wait seconds).

      Example: ties build corpus/ ../more-articles/
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var reading: ReadingOptions
  @OptionGroup var writing: WritingOptions
  @Argument(help: ArgumentHelp("Article files or folders.", valueName: "path"))
  var paths: [String] = ["corpus"]

  func run() throws {
    try Diagnostics.reporting {
      let pipeline = try GraphPipeline(lexiconPath: global.lexiconPath)
      let files = try InputFiles.collect(paths)
      let store = try global.store()
      let report = try pipeline.build(
        files, into: store, options: writing.ingestOptions(lossy: reading.lossy))
      emit(SummaryRendering.stats(try store.stats()))
      emit("time: \(String(format: "%.2f", report.seconds)) s\n")
    }
  }
}
