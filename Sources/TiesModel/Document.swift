/// An ingested article: where it came from, what it hashed to, and its dateline.
public struct Document: Hashable, Sendable, Codable {
  /// Name relative to the input root (what evidence refers to).
  public var name: String
  /// The path it was read from.
  public var path: String
  /// Hex SHA-256 of the bytes read.
  public var contentHash: String
  /// The publication date (ISO 8601), when the article states one.
  public var dateline: String?
  public var headline: String?

  public init(name: String, path: String, contentHash: String, dateline: String?, headline: String?) {
    self.name = name
    self.path = path
    self.contentHash = contentHash
    self.dateline = dateline
    self.headline = headline
  }
}
