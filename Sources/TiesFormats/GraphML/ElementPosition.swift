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
  /// - Complexity: O(bytes up to that line).
  func resolve(_ position: ElementPosition, name qualifiedName: String) -> InputLocation {
    if let fallback = position.fallback { return fallback }
    var location = InputLocation(path: path, line: position.line, column: 0)
    guard let text = line(position.line) else { return location }
    let scalars = Array(text.unicodeScalars)
    let name = Array(qualifiedName.unicodeScalars)
    var seen = 0
    var i = 0
    while i < scalars.count {
      if scalars[i] == "<", i + name.count < scalars.count + 1,
        Array(scalars[(i + 1)..<min(i + 1 + name.count, scalars.count)]) == name
      {
        let after = i + 1 + name.count
        if after >= scalars.count || [" ", "\t", "\r", "\n", "/", ">"].contains(scalars[after]) {
          seen += 1
          if seen == position.ordinal {
            location.column = i + 1
            return location
          }
        }
      }
      i += 1
    }
    return location
  }

  private func line(_ number: Int) -> String? {
    guard number > 0, let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var current = 1
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while current <= number {
      let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
      if count == 0 { break }
      for c in chunk[0..<count] {
        if c == 0x0A {
          current += 1
          if current > number { break }
        } else if current == number {
          bytes.append(c)
        }
      }
    }
    return current >= number ? String(decoding: bytes, as: UTF8.self) : nil
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
