import TiesModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Which start tag an element is: its qualified name and how many start tags of that name
/// came before it, plus one. Counting is all streaming costs per element; `PositionResolver`
/// finds the line and column only when a message needs them. (libxml2's own node line stops at
/// 65,535 and its parser position runs ahead by the chunk it parsed, so neither is exact.)
struct ElementPosition: Hashable {
  /// The qualified name, interned by the reader.
  var name: XMLAtom
  var ordinal: Int
}

/// Turns `ElementPosition`s into `path:line:column` by scanning the file again.
struct PositionResolver {
  let path: String
  /// False for a reader of part of a file, whose positions are not the file's: then every
  /// location is just the path.
  var scans = true

  /// The location of the `ordinal`-th start tag `<name` (column of `<`, in Unicode scalars from
  /// 1), skipping comments, CDATA sections and processing instructions; line 0 if not found.
  /// - Complexity: O(bytes up to the tag), streaming.
  func resolve(_ position: ElementPosition, name qualifiedName: String) -> InputLocation {
    guard scans else { return InputLocation(path: path) }
    var scanner = StartTagScanner(name: Array(qualifiedName.utf8), ordinal: position.ordinal)
    guard let file = fopen(path, "rb") else { return InputLocation(path: path) }
    defer { fclose(file) }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
      if count == 0 { break }
      for byte in chunk[0..<count] {
        if let (line, column) = scanner.feed(byte) {
          return InputLocation(path: path, line: line, column: column)
        }
      }
    }
    if let (line, column) = scanner.finish() { return InputLocation(path: path, line: line, column: column) }
    return InputLocation(path: path)
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

/// Finds the n-th start tag of a name in a byte stream, outside comments, CDATA and PIs.
struct StartTagScanner {
  private enum Mode { case markup, comment, cdata, instruction }
  private let pattern: [UInt8]
  private let ordinal: Int
  private var mode = Mode.markup
  /// The last eight bytes seen, the latest in the low byte: enough to recognise `<!--`,
  /// `![CDATA[`, `-->`, `]]>`, `<?` and `?>`.
  private var recent: UInt64 = 0
  private var line = 1
  private var column = 0
  private var matched = 0
  private var candidate = (line: 0, column: 0)
  private var seen = 0

  init(name: [UInt8], ordinal: Int) {
    pattern = [0x3C] + name
    self.ordinal = ordinal
  }

  /// A marker as the value of its bytes in `recent`, and the mask that selects them.
  private struct Marker {
    let value: UInt64
    let mask: UInt64
    init(_ text: StaticString) {
      var value: UInt64 = 0
      for i in 0..<text.utf8CodeUnitCount { value = value << 8 | UInt64(text.utf8Start[i]) }
      self.value = value
      mask = text.utf8CodeUnitCount >= 8 ? UInt64.max : (1 << (8 * UInt64(text.utf8CodeUnitCount))) - 1
    }
  }

  private static let commentStart = Marker("<!--")
  private static let cdataStart = Marker("![CDATA[")
  private static let instructionStart = Marker("<?")
  private static let commentEnd = Marker("-->")
  private static let cdataEnd = Marker("]]>")
  private static let instructionEnd = Marker("?>")

  private func recentEnds(with marker: Marker) -> Bool { recent & marker.mask == marker.value }

  /// Feeds one byte; returns the tag's line and column once it is found.
  mutating func feed(_ byte: UInt8) -> (Int, Int)? {
    var found: (Int, Int)?
    if mode == .markup && matched == pattern.count {
      if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A || byte == 0x2F || byte == 0x3E {
        seen += 1
        if seen == ordinal { found = candidate }
      }
      matched = 0
    }
    if byte == 0x0A {
      line += 1
      column = 0
    } else if byte & 0xC0 != 0x80 {
      column += 1
    }
    recent = recent << 8 | UInt64(byte)
    switch mode {
    case .markup:
      if byte == pattern[matched] {
        if matched == 0 { candidate = (line, column) }
        matched += 1
      } else if byte == 0x3C {
        candidate = (line, column)
        matched = 1
      } else {
        matched = 0
      }
      if recentEnds(with: Self.commentStart) {
        mode = .comment
      } else if recentEnds(with: Self.cdataStart) {
        mode = .cdata
      } else if recentEnds(with: Self.instructionStart) {
        mode = .instruction
      }
      if mode != .markup { matched = 0 }
    case .comment: if recentEnds(with: Self.commentEnd) { mode = .markup }
    case .cdata: if recentEnds(with: Self.cdataEnd) { mode = .markup }
    case .instruction: if recentEnds(with: Self.instructionEnd) { mode = .markup }
    }
    return found
  }

  /// At the end of input: a name that ended the file counts as a (truncated) tag.
  mutating func finish() -> (Int, Int)? {
    if mode == .markup && matched == pattern.count && seen + 1 == ordinal { return candidate }
    return nil
  }
}
