import ArgumentParser
import TiesGraph
import TiesModel
import TiesQuery

struct RankCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rank",
    abstract: "Rank entities by centrality: degree, pagerank, betweenness, closeness or eigenvector.",
    discussion: """
      As networkx computes them: degree counts every relation; PageRank follows relations in \
      their direction (alpha 0.85, every relation counted once unless --weighted); \
      betweenness (normalized, exact unless --samples), closeness and eigenvector walk \
      relations either way. Ties in score are broken by vertex order.

      Example: ties rank --by betweenness --type person --top 20

      Exit codes: 0 success, 1 bad input or no convergence, 2 store error.
      """)

  @OptionGroup var options: GraphCommandOptions
  @Option(help: "The centrality measure.") var by: CentralityMeasure = .degree
  @Option(help: "Rank only entities of this type (person, company, ...).") var type: String?
  @Option(help: "Show this many entities (0: all).") var top: Int = 10
  @Flag(help: "PageRank and eigenvector: use relation weights.") var weighted = false
  @Option(help: "Betweenness: estimate from this many sampled sources.") var samples: Int?
  @Option(help: "Betweenness: the seed of the sample.") var seed: UInt64 = 1

  func validate() throws {
    if top < 0 { throw ValidationError("--top must be at least 0") }
    if let samples, samples < 1 { throw ValidationError("--samples must be at least 1") }
    if samples != nil && by != .betweenness {
      throw ValidationError("--samples applies to --by betweenness only")
    }
  }

  func run() throws {
    try GraphContext.reporting {
      let context = try GraphContext.load(options.source, options.global)
      let index = context.index
      let scores = try by.scores(index, weighted: weighted, samples: samples, seed: seed)
      let keep = type.map { index.hasType([EntityType(rawValue: $0)]) } ?? { _ in true }
      let ranked = scores.top(top == 0 ? index.graph.vertexCount : top, where: keep)
      if options.format == .json {
        let rows = ranked.enumerated().map {
          RankedJSON(
            rank: $0.offset + 1, score: $0.element.score,
            entity: GraphRendering.entity($0.element.vertex, in: index))
        }
        emit(try GraphRendering.json(RankJSON(by: by.rawValue, type: type, ranking: rows)))
      } else {
        emit(
          ranked.enumerated().map {
            "\($0.offset + 1)\t\(GraphRendering.score($0.element.score))\t\(context.describe($0.element.vertex))\n"
          }
          .joined())
      }
    }
  }
}

extension CentralityMeasure: ExpressibleByArgument {}
