import Testing

@testable import TiesCLI

@Suite("help of export, import and generate")
struct FormatsHelpTests {
  @Test("the help of export, verbatim")
  func exportHelp() {
    #expect(
      TiesCommand.helpMessage(for: Export.self, columns: 100) == """
        OVERVIEW: Write the graph as GraphML, DOT, JSON or GEXF for other tools.

        With neither --format nor --out, writes exports/knowledge-graph.graphml
        and exports/knowledge-graph.dot (--out-dir changes the folder). --format
        alone writes knowledge-graph.<ext> there; --out alone takes the format
        from the name (.graphml, .dot, .gv, .json, .node-link.json, .gexf).
        Files are written under a temporary name and renamed into place.

        --focus NAME keeps the entities within --radius hops of NAME (default 1),
        following relations either way; NAME is matched like `ties show`.
        --type keeps the entities of those types (and always the focus) and the
        relations among them.

        --from FILE.graphml reads a GraphML file instead of the store; GraphML
        to GraphML without --focus or --type streams, in bounded memory.

        Examples:
          ties export
          ties export --focus "Kim Yoon" --radius 2 --out kim.dot
          ties export --from big.graphml --type person company --format gexf

        Exit codes: 0 success; 1 bad GraphML input or an unwritable output;
        2 the store cannot be opened; 3 the focus is unknown or ambiguous.

        USAGE: ties export [--graph <dir>] [--from <file.graphml>] [--format <format>] [--out <file>] [--out-dir <dir>] [--focus <name>] [--radius <k>] [--type <type> ...] [--cluster <cluster>]

        OPTIONS:
          --graph <dir>           The graph folder (SQLite store and lexicon.yaml). (default: graph)
          --from <file.graphml>   Read this GraphML file instead of the graph store.
          --format <format>       The output format (json: the interchange JSON; nodelink: networkx's
                                  node-link JSON). (values: graphml, dot, json, nodelink, gexf)
          --out <file>            The file to write (default: knowledge-graph.<ext> in --out-dir).
          --out-dir <dir>         The folder of the default file names (default: exports).
          --focus <name>          Keep only the neighbourhood of this entity (a name, alias or id).
          --radius <k>            Hops kept around --focus (default: 1).
          --type <type>           Keep only entities of these types (person, company, ...).
          --cluster <cluster>     Group the DOT file's nodes into one cluster per entity type. (values:
                                  none, type; default: none)
          -h, --help              Show help information.

        """)
  }

  @Test("the help of import, verbatim")
  func importHelp() {
    #expect(
      TiesCommand.helpMessage(for: Import.self, columns: 100) == """
        OVERVIEW: Load a GraphML file into the store, replacing the graph in --graph.

        Import REPLACES the whole graph in --graph: its entities, relations,
        documents and extractions are deleted and the file's nodes and edges
        take their place, in one transaction (a refused file leaves the store as
        it was). Any standard GraphML loads: files edited in yEd or Gephi, or
        written by networkx or igraph. Skipped elements are reported on standard
        error as warnings, then the counts are printed. Imported graphs have no
        articles, so `ties show` lists relations without their sentences.

        Example: ties import edited.graphml --graph graph/

        Exit codes: 0 success; 1 a missing or malformed file (reported as
        path:line:col: error: ...); 2 the store cannot be opened or written.

        USAGE: ties import [--graph <dir>] <file.graphml>

        ARGUMENTS:
          <file.graphml>          The GraphML file to load.

        OPTIONS:
          --graph <dir>           The graph folder (SQLite store and lexicon.yaml). (default: graph)
          -h, --help              Show help information.

        """)
  }

  @Test("the help of generate, verbatim")
  func generateHelp() {
    #expect(
      TiesCommand.helpMessage(for: Generate.self, columns: 100) == """
        OVERVIEW: Write the shared synthetic benchmark graph as GraphML.

        The graph of shared/BENCHMARKS.md: N people, N/5 companies, N/50
        associations and N/100 events (about 1.23·N nodes and 3.5·N edges),
        streamed into the file without being held in memory. The same N and
        seed give the same bytes.

        Example: ties generate --people 1000000 --out synthetic-1m.graphml

        Exit codes: 0 success; 1 the file cannot be written.

        USAGE: ties generate --people <n> [--seed <s>] --out <file.graphml>

        OPTIONS:
          --people <n>            How many people (N).
          --seed <s>              The random seed. (default: 42)
          --out <file.graphml>    The GraphML file to write.
          -h, --help              Show help information.

        """)
  }
}
