import TiesModel

/// Turns the bytes of an article into Unicode scalars, refusing binary and invalid input.
public enum TextDecoding {
  /// Decodes `bytes` as UTF-8 (a leading byte-order mark is dropped).
  ///
  /// - Parameters:
  ///   - bytes: the file's content.
  ///   - path: used in error locations.
  ///   - lossy: replace invalid sequences with U+FFFD instead of failing.
  /// - Returns: the text as an array of scalars (offsets in evidence count these).
  /// - Throws: `ExtractionError.emptyDocument`, `.binaryContent` (a NUL byte), `.invalidUTF8`
  ///   with the byte offset, line and column of the first bad byte.
  /// - Complexity: O(n) in the number of bytes.
  public static func decode(_ bytes: [UInt8], path: String, lossy: Bool) throws -> [Unicode.Scalar] {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    if let nul = body.firstIndex(of: 0) {
      throw ExtractionError.binaryContent(location: location(in: bytes, offset: nul, path: path))
    }
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(body.count)
    var decoder = UTF8()
    var iterator = body.makeIterator()
    var offset = body.startIndex
    loop: while true {
      let before = offset
      switch decoder.decode(&iterator) {
      case .scalarValue(let s):
        scalars.append(s)
        offset += UTF8.width(s)
      case .emptyInput:
        break loop
      case .error:
        if !lossy {
          throw ExtractionError.invalidUTF8(location: location(in: bytes, offset: before, path: path))
        }
        scalars.append("\u{FFFD}")
        offset = before + 1
        // Re-synchronise on the next byte: the decoder consumed at least one.
        iterator = body[min(offset, body.endIndex)...].makeIterator()
      }
    }
    if scalars.allSatisfy({ $0.properties.isWhitespace }) {
      throw ExtractionError.emptyDocument(path: path)
    }
    return scalars
  }

  /// Line and column (1-based, columns in bytes) of `offset` in `bytes`.
  static func location(in bytes: [UInt8], offset: Int, path: String) -> InputLocation {
    var line = 1
    var lineStart = 0
    for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A {
      line += 1
      lineStart = i + 1
    }
    return InputLocation(path: path, line: line, column: offset - lineStart + 1, byteOffset: offset)
  }
}
