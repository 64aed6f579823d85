import Testing

@testable import TiesCLI

@Suite("help")
struct HelpTests {
  @Test("the root help, verbatim")
  func root() {
    #expect(
      TiesCommand.helpMessage(columns: 100) == """
        OVERVIEW: Turn English business news into a knowledge graph and query it.

        Typical use:
          ties build               build graph/ from the articles in corpus/
          ties show "Kim Yoon"     an entity, its relations and their sentences
          ties extract FILE --format json
                                   extraction only, in the interchange format

        Exit codes:
          0   success
          1   bad input: a missing, empty, binary or non-UTF-8 file, or a bad
              lexicon (the message names the file and position)
          2   the graph store cannot be opened or written
          3   a name or document that is not in the graph
          64  a usage error (unknown option, missing argument)

        USAGE: ties <subcommand>

        OPTIONS:
          -h, --help              Show help information.

        SUBCOMMANDS:
          build                   Build the graph anew from articles (default: corpus/).
          ingest                  Add articles to the existing graph.
          extract                 Extract and resolve articles without touching the graph.
          entities                List the entities of the graph.
          show                    Show an entity: its aliases, relations and the sentences behind them.
          misses                  List the capitalized spans extraction saw but could not type or resolve.
          stats                   Count documents, entities by type, relations by predicate, mentions and
                                  misses.
          path                    Show how two entities are connected: each hop with its role, event, date
                                  and evidence.
          neighbors               List the entities within K hops of an entity (its ego network).
          common                  List the entities that two entities are both directly tied to.
          brokers                 Rank the entities that connect a set of entities (lie on their shortest
                                  paths).
          rank                    Rank entities by centrality: degree, pagerank, betweenness, closeness or
                                  eigenvector.
          components              List the connected components (relations walked either way), largest
                                  first.
          communities             Find communities (Louvain, weighted by relation strength) and their
                                  modularity.
          bench                   Measure speed (use a release build: swift run -c release ties bench ...).

          See 'ties help <subcommand>' for detailed help.
        """)
  }

  @Test("the help of show, verbatim")
  func show() {
    #expect(
      TiesCommand.helpMessage(for: Show.self, columns: 100) == """
        OVERVIEW: Show an entity: its aliases, relations and the sentences behind them.

        NAME is matched against names and aliases, ignoring case and hyphens; an id works too.
        When several entities match, they are listed and nothing is shown (exit code 3).

        Example: ties show KJE

        USAGE: ties show [--graph <dir>] <name>

        ARGUMENTS:
          <name>                  A name, alias or id.

        OPTIONS:
          --graph <dir>           The graph folder (SQLite store and lexicon.yaml). (default: graph)
          -h, --help              Show help information.

        """)
  }

  @Test("the help of path, verbatim")
  func path() {
    #expect(
      TiesCommand.helpMessage(for: PathCommand.self, columns: 100) == """
        OVERVIEW: Show how two entities are connected: each hop with its role, event, date and evidence.

        Edges are walked either way. By default one shortest path (fewest hops, bidirectional
        search); --weighted prefers strong ties (cost 1/weight, Dijkstra); --k N lists the N
        shortest simple paths (Yen); --all lists every shortest path (at most 1,000).
        Names are matched forgivingly (see ties show); ambiguous or unknown names exit with 3.

        Example: ties path "Kim Yoon" "Kobayashi Ken" --k 3 --via attended,held_in

        Exit codes: 0 found, 1 bad input, 2 store error, 3 unknown or ambiguous name, or no path.

        USAGE: ties path [--graph <dir>] [--from <file.graphml>] [--format <format>] <from> <to> [--via <predicate,...>] [--k <k>] [--max-hops <max-hops>] [--weighted] [--all]

        ARGUMENTS:
          <from>                  Where the path starts (a name, alias or id).
          <to>                    Where it ends.

        OPTIONS:
          --graph <dir>           The graph folder (SQLite store and lexicon.yaml). (default: graph)
          --from <file.graphml>   Read this GraphML file instead of the graph store.
          --format <format>       Output format: text or json (sorted keys, stable order). (values: text,
                                  json; default: text)
          --via <predicate,...>   Use only these predicates (comma-separated).
          --k <k>                 List the k shortest simple paths. (default: 1)
          --max-hops <max-hops>   Refuse paths longer than this many hops.
          --weighted              Prefer strong ties: an edge costs 1/weight.
          --all                   List every shortest path (fewest hops).
          -h, --help              Show help information.

        """
    )
  }

  @Test("a usage error exits with 64")
  func usage() throws {
    #expect(try CLI.run(["build", "--no-such-flag"]).status == 64)
    #expect(try CLI.run(["show"]).status == 64)
  }
}
