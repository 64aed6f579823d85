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
          ties build                      build graph/ from the articles in corpus/
          ties show "Kim Yoon"            an entity, its relations and the sentences behind them
          ties extract FILE --format json extraction only, in the evaluation interchange format

        Exit codes:
          0  success
          1  bad input: a missing, empty, binary or non-UTF-8 file, a bad lexicon (the message
             names the file and position)
          2  the graph store cannot be opened or written
          3  a name or document that is not in the graph
          64 a usage error (unknown option, missing argument)

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

  @Test("a usage error exits with 64")
  func usage() throws {
    #expect(try CLI.run(["build", "--no-such-flag"]).status == 64)
    #expect(try CLI.run(["show"]).status == 64)
  }
}
