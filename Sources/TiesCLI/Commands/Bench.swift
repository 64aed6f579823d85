import ArgumentParser
import Foundation
import TiesExtraction
import TiesFormats
import TiesModel
import TiesPipeline

struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure speed (in a release build: swift run -c release ties bench).",
    discussion: """
      --extraction PATH...  extraction throughput: the articles repeated to at least
                            --bytes of text, extracted on one core; prints MB/s.
      --from FILE.graphml   graph algorithms: load (streamed into the index), index,
                            then shortest paths (median and p99 of 1,000 seeded
                            pairs), BFS, PageRank, components, betweenness (256
                            sampled sources), Louvain; seconds per operation and
                            peak memory.

      Example: swift run -c release ties bench --extraction ../shared/corpus/seeds
               swift run -c release ties bench --from graph.graphml --format json
      """)

  @OptionGroup var global: GlobalOptions
  @Option(
    parsing: .upToNextOption,
    help: ArgumentHelp("Measure extraction throughput on these articles.", valueName: "path"))
  var extraction: [String] = []
  @Option(help: "With --extraction: repeat the articles to at least this many bytes.")
  var bytes: Int = 5_000_000
  @OptionGroup var source: GraphSourceOptions
  @Option(help: "With --from: the seed of the random pairs, sources and orders.") var seed: UInt64 = 1
  @Option(help: "With --from: text (a table) or json (one object, sorted keys).") var format:
    GraphOutputFormat = .text
  @Option(
    name: .customLong("edge-list"),
    help: ArgumentHelp("With --from: also write the indexed graph as an edge list.", valueName: "file"))
  var edgeList: String?

  func validate() throws {
    if extraction.isEmpty == (source.from == nil) {
      throw ValidationError("give exactly one of --extraction PATH... or --from FILE")
    }
    if bytes <= 0 { throw ValidationError("--bytes must be positive") }
  }

  func run() throws {
    if source.from != nil {
      try GraphContext.reporting {
        let results = try GraphBenchRun(source: source, seed: seed, edgeList: edgeList).run()
        emit(format == .json ? try GraphRendering.json(results) : GraphBenchRun.table(results))
      }
      return
    }
    try Diagnostics.reporting {
      let pipeline = try GraphPipeline(lexiconPath: global.lexiconPath)
      let files = try InputFiles.collect(extraction)
      let report = try ExtractionBenchmark(extractor: pipeline.extractor).run(
        files: files, minimumBytes: bytes)
      emit(
        """
        extraction throughput (one core)
          documents  \(report.documents) (\(files.count) distinct, repeated)
          bytes      \(report.bytes)
          seconds    \(String(format: "%.3f", report.seconds)) wall, \(String(format: "%.3f", report.cpuSeconds)) CPU
          MB/s       \(String(format: "%.2f", report.megabytesPerSecond)) per wall second, \(String(format: "%.2f", report.megabytesPerCPUSecond)) per CPU second
          mentions   \(report.mentions)
          relations  \(report.relations)

        """)
    }
  }
}
