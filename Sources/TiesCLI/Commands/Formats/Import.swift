import ArgumentParser
import TiesFormats
import TiesStore

struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Load a GraphML file into the store, replacing the graph in --graph.",
    discussion: """
      Import REPLACES the whole graph in --graph: its entities, relations, \
      documents and extractions are deleted and the file's nodes and edges \
      take their place, in one transaction (a refused file leaves the store as \
      it was). Any standard GraphML loads: files edited in yEd or Gephi, or \
      written by networkx or igraph. Skipped elements are reported on standard \
      error as warnings, then the counts are printed. Imported graphs have no \
      articles, so `ties show` lists relations without their sentences.

      Example: ties import edited.graphml --graph graph/

      Exit codes: 0 success; 1 a missing or malformed file (reported as \
      path:line:col: error: ...); 2 the store cannot be opened or written.
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: ArgumentHelp("The GraphML file to load.", valueName: "file.graphml"))
  var file: String

  func run() throws {
    try Diagnostics.reporting {
      let read = try GraphMLReader().readGraph(path: file)
      for warning in read.warnings { Diagnostics.note(warning.description) }
      if !read.directed {
        Diagnostics.note(
          "\(file): warning: the graph is undirected; the store keeps each edge as source → target")
      }
      let store = try global.store()
      try store.replaceAll(extractions: [], graph: read.graph)
      emit(SummaryRendering.stats(try store.stats()))
    }
  }
}
