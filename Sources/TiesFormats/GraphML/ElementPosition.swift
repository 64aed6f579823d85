import TiesModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where an element's start tag is, as cheaply as streaming allows: its line (exact, from
/// libxml2's node), its qualified name and which start tag of that name it is on the line.
/// The column is found only when a message needs it, by `PositionResolver`.
struct ElementPosition: Hashable {
  var line: Int
  /// The qualified name, interned by the reader.
  var name: XMLAtom
  var ordinal: Int
  /// Used when the line is past what libxml2 records (65,535): the parser's position, which
  /// may run a few hundred bytes ahead.
  var fallback: InputLocation?
}

/// Turns `ElementPosition`s into `path:line:column` by scanning the file's line again.
struct PositionResolver {
  let path: String

  /// The location of the start tag `<name` at `position` (column of `<`, counted in Unicode
  /// scalars from 1); column 0 if the tag is not found on that line.
  /// - Complexity: O(bytes up to the tag), streaming; nothing of the line is kept.
  func resolve(_ position: ElementPosition, name qualifiedName: String) -> InputLocation {
    if let fallback = position.fallback { return fallback }
    var location = InputLocation(path: path, line: position.line, column: 0)
    guard position.line > 0, let file = fopen(path, "rb") else { return location }
    defer { fclose(file) }
    let pattern: [UInt8] = [0x3C] + Array(qualifiedName.utf8)
    var line = 1
    var column = 0
    var matched = 0
    var candidate = 0
    var seen = 0
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
      if count == 0 { return location }
      for byte in chunk[0..<count] {
        if line < position.line {
          if byte == 0x0A { line += 1 }
          continue
        }
        if matched == pattern.count {
          // The name is complete: a delimiter makes it this start tag.
          if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A || byte == 0x2F || byte == 0x3E {
            seen += 1
            if seen == position.ordinal {
              location.column = candidate
              return location
            }
          }
          matched = 0
        }
        if byte == 0x0A { return location }
        if byte == pattern[matched] {
          if matched == 0 { candidate = column + 1 }
          matched += 1
        } else if byte == 0x3C {
          candidate = column + 1
          matched = 1
        } else {
          matched = 0
        }
        if byte & 0xC0 != 0x80 { column += 1 }
      }
    }
  }

  /// The position of a `<!DOCTYPE` in the prolog (before the first element), found without
  /// parsing, so that no DTD reaches libxml2. Only ASCII-compatible encodings are scanned;
  /// the reader refuses a DOCTYPE node in any other.
  func doctypeInProlog() -> InputLocation? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var head = [UInt8](repeating: 0, count: 1 << 14)
    let count = head.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
    let bytes = head[0..<count]
    var line = 1
    var column = 1
    var i = bytes.startIndex
    func hasPrefix(_ text: String) -> Bool { bytes[i...].starts(with: text.utf8) }
    while i < bytes.endIndex {
      if bytes[i] == 0x3C {
        if hasPrefix("<!DOCTYPE") { return InputLocation(path: path, line: line, column: column) }
        if !hasPrefix("<?") && !hasPrefix("<!--") { return nil }
      }
      if bytes[i] == 0x0A {
        line += 1
        column = 1
      } else if bytes[i] & 0xC0 != 0x80 {
        column += 1
      }
      i += 1
    }
    return nil
  }
}
