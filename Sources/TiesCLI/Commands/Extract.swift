import ArgumentParser
import Foundation
import TiesExtraction
import TiesFormats
import TiesModel
import TiesPipeline

struct Extract: ParsableCommand {
  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  static let configuration = CommandConfiguration(
    abstract: "Extract and resolve articles without touching the graph.",
    discussion: """
      --format json prints the interchange format of shared/eval/SCHEMA.md, with evidence \
      (document, sentence, character offsets, rule, confidence), for the scorer:
        ties extract ../shared/corpus/seeds --format json > out.json
        python3 ../shared/eval/score.py ../shared/eval/gold/seeds.json out.json
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var reading: ReadingOptions
  @Option(help: "Output format: text or json.") var format: Format = .text
  @Argument(help: ArgumentHelp("Article files or folders.", valueName: "path"))
  var paths: [String]

  func run() throws {
    try Diagnostics.reporting {
      let pipeline = try GraphPipeline(lexiconPath: global.lexiconPath)
      let result = pipeline.resolve(try pipeline.extract(try InputFiles.collect(paths), lossy: reading.lossy))
      switch format {
      case .json:
        emit(InterchangeJSON.render(result.graph, extractions: result.extractions))
      case .text:
        var out = ""
        for e in result.graph.entities { out += SummaryRendering.entityLine(e) + "\n" }
        out += "\n"
        for r in result.graph.relations {
          out += "\(r.subject.rawValue) \(r.predicate.rawValue) \(r.object.rawValue)"
          out += (r.role.map { " [\($0)]" } ?? "") + "\n"
        }
        emit(out)
      }
      KeptUntilExit.keep(result)
    }
  }
}
