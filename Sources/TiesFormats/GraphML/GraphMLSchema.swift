import TiesModel

/// A GraphML `attr.type`.
public enum GraphMLAttributeType: String, Sendable, Hashable, Comparable, CaseIterable {
  case boolean, int, long, float, double, string

  public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

  /// The type a value of `value` is declared with.
  public init(of value: AttributeValue) {
    switch value {
    case .bool: self = .boolean
    case .int: self = .int
    case .long: self = .long
    case .double: self = .double
    case .string: self = .string
    }
  }

  /// The narrowest type that holds values of both `self` and `other`: int ⊂ long ⊂ double,
  /// and anything else mixed becomes string.
  public func widened(with other: Self) -> Self {
    if self == other { return self }
    let numeric: [Self] = [.int, .long, .float, .double]
    guard let a = numeric.firstIndex(of: self), let b = numeric.firstIndex(of: other) else {
      return .string
    }
    return numeric[max(a, b)] == .float ? .double : numeric[max(a, b)]
  }
}

/// The extra (non-standard) attribute keys a GraphML file declares, by element kind.
///
/// A streaming writer must declare every key before the first node, so it takes the schema up
/// front; `inferred(from:)` computes it for a graph in memory, and
/// `GraphMLReader.schema(path:)` reads it from a file being converted.
public struct GraphMLSchema: Sendable, Hashable {
  public struct Key: Sendable, Hashable {
    public var name: String
    public var type: GraphMLAttributeType
    public init(name: String, type: GraphMLAttributeType) {
      self.name = name
      self.type = type
    }
  }

  /// Extra node attributes (beyond label, type, aliases, mentions, date), sorted by name.
  public var node: [Key]
  /// Extra edge attributes (beyond predicate, role, weight, confidence, evidence, as_of).
  public var edge: [Key]

  public init(node: [Key] = [], edge: [Key] = []) {
    self.node = node.sorted { $0.name < $1.name }
    self.edge = edge.sorted { $0.name < $1.name }
  }

  /// Every extra attribute name of `graph` with the widest type its values need.
  /// - Complexity: O(A log A) for A attribute values in the graph.
  public static func inferred(from graph: KnowledgeGraph) -> GraphMLSchema {
    var node: [String: GraphMLAttributeType] = [:]
    var edge: [String: GraphMLAttributeType] = [:]
    for entity in graph.entities {
      for (name, value) in entity.attributes {
        let type = GraphMLAttributeType(of: value)
        node[name] = node[name].map { $0.widened(with: type) } ?? type
      }
    }
    for relation in graph.relations {
      for (name, value) in relation.attributes {
        let type = GraphMLAttributeType(of: value)
        edge[name] = edge[name].map { $0.widened(with: type) } ?? type
      }
    }
    return GraphMLSchema(
      node: node.map { Key(name: $0.key, type: $0.value) },
      edge: edge.map { Key(name: $0.key, type: $0.value) })
  }
}
