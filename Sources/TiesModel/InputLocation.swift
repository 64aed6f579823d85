/// A position in an input file, for error messages shaped `path:line:column: error: message`.
public struct InputLocation: Hashable, Sendable, CustomStringConvertible {
  public var path: String
  /// 1-based; 0 when unknown.
  public var line: Int
  /// 1-based; 0 when unknown.
  public var column: Int
  /// 0-based byte offset; nil when unknown.
  public var byteOffset: Int?

  public init(path: String, line: Int = 0, column: Int = 0, byteOffset: Int? = nil) {
    self.path = path
    self.line = line
    self.column = column
    self.byteOffset = byteOffset
  }

  /// `path:line:column` (or `path` alone when the position is unknown).
  public var description: String {
    if line > 0 { return "\(path):\(line):\(max(column, 1))" }
    return path
  }
}

/// An error that points into an input and renders as `path:line:col: error: message`.
public protocol LocatedError: Error, CustomStringConvertible {
  var location: InputLocation? { get }
  var message: String { get }
}

extension LocatedError {
  public var description: String {
    if let location { return "\(location): error: \(message)" }
    return "error: \(message)"
  }
}
