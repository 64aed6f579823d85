import TiesModel

/// How an entity type looks in every format that can show it: DOT shape and fill, and the
/// colour and shape hints GraphML carries for yEd and Gephi users.
///
/// Colours are ColorBrewer's Set3, light enough for black labels.
public struct EntityStyle: Sendable, Hashable {
  /// A Graphviz `shape`.
  public var dotShape: String
  /// `#rrggbb`.
  public var color: String
  /// A yEd `ShapeNode` shape name.
  public var shapeHint: String

  public static func of(_ type: EntityType) -> EntityStyle {
    switch type {
    case .person: return EntityStyle(dotShape: "ellipse", color: "#8dd3c7", shapeHint: "ellipse")
    case .company: return EntityStyle(dotShape: "box", color: "#80b1d3", shapeHint: "rectangle")
    case .association:
      return EntityStyle(dotShape: "hexagon", color: "#fdb462", shapeHint: "hexagon")
    case .government:
      return EntityStyle(dotShape: "octagon", color: "#fb8072", shapeHint: "octagon")
    case .event: return EntityStyle(dotShape: "diamond", color: "#ffffb3", shapeHint: "diamond")
    case .place: return EntityStyle(dotShape: "house", color: "#b3de69", shapeHint: "trapezoid")
    case .agreement:
      return EntityStyle(dotShape: "note", color: "#bebada", shapeHint: "parallelogram")
    default: return EntityStyle(dotShape: "ellipse", color: "#d9d9d9", shapeHint: "ellipse")
    }
  }
}

/// How a predicate looks in DOT: line style, colour, and whether the role is the label.
public struct PredicateStyle: Sendable, Hashable {
  public var lineStyle: String
  public var color: String

  public static func of(_ predicate: Predicate) -> PredicateStyle {
    switch predicate {
    case .affiliatedWith: return PredicateStyle(lineStyle: "solid", color: "#1f78b4")
    case .attended: return PredicateStyle(lineStyle: "dashed", color: "#33a02c")
    case .organized: return PredicateStyle(lineStyle: "bold", color: "#e31a1c")
    case .heldIn: return PredicateStyle(lineStyle: "dotted", color: "#6a3d9a")
    default: return PredicateStyle(lineStyle: "solid", color: "#666666")
    }
  }
}
