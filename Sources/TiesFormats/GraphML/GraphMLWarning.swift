import TiesModel

/// Something a GraphML reader skipped or could not map, with where it first happened and how
/// often. Renders as `path:line:col: warning: message (n times)`.
public struct GraphMLWarning: Hashable, Sendable, CustomStringConvertible {
  public var location: InputLocation
  public var message: String
  public var count: Int

  public init(location: InputLocation, message: String, count: Int = 1) {
    self.location = location
    self.message = message
    self.count = count
  }

  public var description: String {
    "\(location): warning: \(message)" + (count > 1 ? " (\(count) times)" : "")
  }
}
