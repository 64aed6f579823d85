import ArgumentParser
import Foundation
import TiesExtraction

struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure speed (use a release build: swift run -c release ties bench ...).",
    discussion: """
      --extraction PATH...  extraction throughput: the articles repeated to at least
                            --bytes of text, extracted on one core; prints MB/s.

      Example: swift run -c release ties bench --extraction ../shared/corpus/seeds
      """)

  @OptionGroup var global: GlobalOptions
  @Option(
    parsing: .upToNextOption,
    help: ArgumentHelp("Measure extraction throughput on these articles.", valueName: "path"))
  var extraction: [String] = []
  @Option(help: "With --extraction: repeat the articles to at least this many bytes.")
  var bytes: Int = 5_000_000

  func validate() throws {
    if extraction.isEmpty { throw ValidationError("give --extraction PATH...") }
    if bytes <= 0 { throw ValidationError("--bytes must be positive") }
  }

  func run() throws {
    try Diagnostics.reporting {
      let pipeline = try Pipeline(lexiconPath: global.lexiconPath)
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
