import ArgumentParser
import Foundation
import TiesGraph
import TiesModel
import TiesQuery

/// `--format` of the graph commands.
enum GraphOutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

/// Options every graph command takes: where the graph comes from and how to print.
struct GraphCommandOptions: ParsableArguments {
  @OptionGroup var global: GlobalOptions
  @OptionGroup var source: GraphSourceOptions
  @Option(help: "Output format: text or json (sorted keys, stable order).")
  var format: GraphOutputFormat = .text
}

/// Rendering shared by the graph commands.
enum GraphRendering {
  /// `value` as pretty-printed JSON with sorted keys, and a final newline.
  static func json<T: Encodable>(_ value: T) throws -> String { try AnswerJSON.encode(value) }

  static func entity(_ v: Int32, in index: KnowledgeGraphIndex) -> EntityJSON {
    AnswerJSON.entity(v, in: index)
  }

  /// A score for a text table: six decimals, never an exponent (`NumberFormatting.fixed`
  /// prints `1e-05.000000` for small values).
  static func score(_ value: Double) -> String { String(format: "%.6f", value) }

  /// Vertices sorted by entity id.
  static func byID(_ vertices: [Int32], in index: KnowledgeGraphIndex) -> [Int32] {
    vertices.sorted { index.ids[Int($0)] < index.ids[Int($1)] }
  }

  /// Vertex groups (components, communities) as id lists, largest first, then by first id.
  static func groups(_ members: [[Int32]], in index: KnowledgeGraphIndex) -> [[Int32]] {
    let sorted = members.map { byID($0, in: index) }
    return sorted.sorted { a, b in
      if a.count != b.count { return a.count > b.count }
      guard let x = a.first, let y = b.first else { return a.count > b.count }
      return index.ids[Int(x)] < index.ids[Int(y)]
    }
  }
}

/// A group of vertices in JSON: its size and member ids.
struct GroupJSON: Encodable {
  var size: Int
  var members: [String]
}
