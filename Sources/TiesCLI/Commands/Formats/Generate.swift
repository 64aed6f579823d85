import ArgumentParser
import TiesFormats
import TiesModel

struct Generate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write the shared synthetic benchmark graph as GraphML.",
    discussion: """
      The graph of shared/BENCHMARKS.md: N people, N/5 companies, N/50 \
      associations and N/100 events (about 1.23·N nodes and 3.5·N edges), \
      streamed into the file without being held in memory. The same N and \
      seed give the same bytes.

      Example: ties generate --people 1000000 --out synthetic-1m.graphml

      Exit codes: 0 success; 1 the file cannot be written.
      """)

  @Option(help: ArgumentHelp("How many people (N).", valueName: "n"))
  var people: Int
  @Option(help: ArgumentHelp("The random seed.", valueName: "s"))
  var seed: UInt64 = 42
  @Option(help: ArgumentHelp("The GraphML file to write.", valueName: "file.graphml"))
  var out: String

  func validate() throws {
    if people < 0 { throw ValidationError("--people must be 0 or more.") }
  }

  func run() throws {
    try Diagnostics.reporting {
      try ExportWriting.createFolder(of: out)
      var sink = CountingSink(try GraphMLWriter(path: out))
      try SyntheticKnowledgeGraph.generate(people: people, seed: seed, into: &sink)
      emit("wrote \(out) (\(sink.summary))\n")
    }
  }
}
