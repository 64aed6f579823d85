import ArgumentParser
import Foundation
import TiesExtraction
import TiesStore

struct Build: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Build the graph anew from articles (default: corpus/).",
    discussion: """
      Reads every .txt file of the given files and folders, extracts and resolves them, and
      replaces the graph in --graph with the result in one transaction: if anything fails,
      the previous graph is left as it was.

      Example: ties build corpus/ ../more-articles/
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var reading: ReadingOptions
  @Argument(help: ArgumentHelp("Article files or folders.", valueName: "path"))
  var paths: [String] = ["corpus"]

  func run() throws {
    try Diagnostics.reporting {
      let started = Date()
      let pipeline = try Pipeline(lexiconPath: global.lexiconPath)
      let files = try InputFiles.collect(paths)
      let result = pipeline.resolve(try pipeline.extract(files, lossy: reading.lossy))
      let store = try global.store()
      try store.replaceAll(extractions: result.extractions, graph: result.graph)
      emit(SummaryRendering.stats(try store.stats()))
      emit("time: \(String(format: "%.2f", Date().timeIntervalSince(started))) s\n")
    }
  }
}
