import Foundation
import TiesModel

/// JSON for the values the store keeps as blobs: extra attributes and whole extractions.
///
/// Keys are sorted, so the same value always gives the same bytes; non-finite numbers are
/// written as the strings `inf`, `-inf` and `nan` rather than refused.
package struct StoreCoding {
  private let encoder: JSONEncoder
  private let decoder: JSONDecoder

  package init() {
    encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    decoder = JSONDecoder()
    decoder.nonConformingFloatDecodingStrategy = .convertFromString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
  }

  /// - Throws: `StoreError.encodingFailed` naming `what`.
  func encode<T: Encodable>(_ value: T, what: @autoclosure () -> String) throws -> Data {
    do {
      return try encoder.encode(value)
    } catch {
      throw StoreError.encodingFailed(what: what(), message: String(describing: error))
    }
  }

  /// Attributes as a JSON object in a string (`{}` when there are none).
  /// - Throws: `StoreError.encodingFailed` naming `what`.
  package func encodeAttributes(_ attributes: [String: AttributeValue], what: @autoclosure () -> String)
    throws
    -> String
  {
    if attributes.isEmpty { return "{}" }
    return String(decoding: try encode(attributes, what: what()), as: UTF8.self)
  }

  /// - Throws: `StoreError.corruptRecord` naming the database file and `what`.
  func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String, what: @autoclosure () -> String)
    throws -> T
  {
    do {
      return try decoder.decode(type, from: data)
    } catch {
      throw StoreError.corruptRecord(path: path, message: "\(what()): \(error)")
    }
  }

  /// - Throws: `StoreError.corruptRecord` naming the database file and `what`.
  package func decodeAttributes(_ json: String, path: String, what: @autoclosure () -> String) throws
    -> [String: AttributeValue]
  {
    if json == "{}" { return [:] }
    return try decode([String: AttributeValue].self, from: Data(json.utf8), path: path, what: what())
  }
}
