import ArgumentParser

/// The `ties` command: a thin layer over the Ties library.
public struct TiesCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "ties",
    abstract: "Turn English business news into a knowledge graph and query it.",
    discussion: """
      Typical use:
        ties build               build graph/ from the articles in corpus/
        ties show "Kim Yoon"     an entity, its relations and their sentences
        ties path "A" "B"        how two entities are connected, with evidence
        ties export              exports/knowledge-graph.graphml and .dot
        ties extract FILE --format json
                                 extraction only, in the interchange format

      Exit codes:
        0   success
        1   bad input: a missing, empty, binary or non-UTF-8 file, or a bad
            lexicon (the message names the file and position)
        2   the graph store cannot be opened or written, or a query found no
            graph in --graph (queries never create one)
        3   a name or document that is not in the graph
        64  a usage error (unknown option, missing argument)
      """,
    subcommands: [Build.self, Ingest.self, Extract.self, Entities.self, Show.self, Misses.self, Stats.self]
      + FormatCommands.all + GraphCommands.all + [Serve.self, Bench.self])
  public init() {}
}
