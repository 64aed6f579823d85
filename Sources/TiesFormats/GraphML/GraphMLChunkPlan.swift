#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How `GraphMLChunkedRead` cuts a file: where the graph's content starts, the bytes every
/// piece is wrapped in, and where each piece starts and ends.
///
/// Piece `i` nominally covers `chunkBytes` bytes from `bodyStart + i × chunkBytes`; it really
/// starts at the first `<node` or `<edge` tag at or after that offset (piece 0 at `bodyStart`)
/// and ends where piece `i + 1` starts (the last one at the end of the file). Both ends are
/// found the same way from fixed offsets, so every worker finds them on its own.
final class GraphMLChunkPlan: @unchecked Sendable {
  let path: String
  let fileSize: Int
  let bodyStart: Int
  let chunkBytes: Int
  /// The file's bytes up to the end of the root start tag, then the `<graph …>` start tag.
  let prefix: [UInt8]
  private let descriptor: Int32

  /// How many pieces there are (some may be empty).
  var chunkCount: Int { (fileSize - bodyStart + chunkBytes - 1) / chunkBytes }

  /// A plan for `path`, or nil when the file is too small to be worth cutting (less than
  /// `2 × chunkBytes` after the graph's start tag) or its start is not the plain shape this
  /// plan handles: an optional prolog of a declaration, comments and processing instructions,
  /// a root start tag named `graphml`, and the first `graph` start tag, unprefixed, as a child
  /// of the root within the first MiB. Files that are not get the sequential reader.
  init?(path: String, chunkBytes: Int) {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    var status = stat()
    guard fstat(descriptor, &status) == 0, Int(status.st_size) >= 2 * chunkBytes else {
      close(descriptor)
      return nil
    }
    let head = Self.read(descriptor, at: 0, count: min(Int(status.st_size), 1 << 20))
    guard let (rootEnd, graphStart, graphEnd) = Self.findGraphStart(in: head),
      Int(status.st_size) - graphEnd >= 2 * chunkBytes
    else {
      close(descriptor)
      return nil
    }
    self.path = path
    self.descriptor = descriptor
    fileSize = Int(status.st_size)
    bodyStart = graphEnd
    self.chunkBytes = chunkBytes
    prefix = Array(head[0..<rootEnd] + head[graphStart..<graphEnd])
  }

  deinit { close(descriptor) }

  /// Piece `index` wrapped as a document of its own; nil inside when the piece is empty; nil
  /// when the file could not be read.
  func document(ofChunk index: Int) -> MemoryDocument?? {
    let start = index == 0 ? bodyStart : boundary(atOrAfter: bodyStart + index * chunkBytes)
    let end = index + 1 >= chunkCount ? fileSize : boundary(atOrAfter: bodyStart + (index + 1) * chunkBytes)
    guard let start, let end else { return nil }
    if start >= end { return .some(nil) }
    let closing = end < fileSize ? Self.closing : []
    let count = prefix.count + (end - start) + closing.count
    var complete = false
    // Read straight into the document: a piece is copied once, by the kernel.
    let document = MemoryDocument(count: count) { buffer in
      _ = UnsafeMutableBufferPointer(rebasing: buffer[..<prefix.count]).initialize(from: prefix)
      let body = UnsafeMutableBufferPointer(rebasing: buffer[prefix.count..<(count - closing.count)])
      complete = Self.read(descriptor, at: start, into: body) == body.count
      _ = UnsafeMutableBufferPointer(rebasing: buffer[(count - closing.count)...]).initialize(from: closing)
      return count
    }
    return complete ? document : nil
  }

  private static let closing = Array("</graph></graphml>".utf8)

  /// The offset of the first `<node` or `<edge` start tag (the name followed by white space,
  /// `/` or `>`) at or after `offset`; the file size if there is none; nil on a read error.
  /// - Complexity: O(bytes up to the tag).
  func boundary(atOrAfter offset: Int) -> Int? {
    var position = offset
    let window = 1 << 16
    while position < fileSize {
      let bytes = Self.read(descriptor, at: position, count: window)
      guard !bytes.isEmpty else { return nil }
      let atEnd = position + bytes.count >= fileSize
      var i = 0
      // A tag needs six bytes: `<`, the name, one more; at the end of the file, fewer can't match.
      while i + 5 < bytes.count {
        if bytes[i] == 0x3C && Self.isNodeOrEdgeTag(bytes, at: i) { return position + i }
        i += 1
      }
      if atEnd { return fileSize }
      position += i
    }
    return fileSize
  }

  private static func isNodeOrEdgeTag(_ bytes: [UInt8], at i: Int) -> Bool {
    let name = (bytes[i + 1], bytes[i + 2], bytes[i + 3], bytes[i + 4])
    // "node" or "edge"
    guard name == (0x6E, 0x6F, 0x64, 0x65) || name == (0x65, 0x64, 0x67, 0x65) else { return false }
    switch bytes[i + 5] {
    case 0x20, 0x09, 0x0A, 0x0D, 0x2F, 0x3E: return true
    default: return false
    }
  }

  /// Up to `count` bytes at `offset` (fewer at the end of the file or on an error).
  private static func read(_ descriptor: Int32, at offset: Int, count: Int) -> [UInt8] {
    [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      initialized = read(descriptor, at: offset, into: buffer)
    }
  }

  /// Fills `buffer` from `offset`; returns how many bytes it read (fewer at the end of the file
  /// or on an error).
  private static func read(
    _ descriptor: Int32, at offset: Int, into buffer: UnsafeMutableBufferPointer<UInt8>
  ) -> Int {
    guard let base = buffer.baseAddress else { return 0 }
    var filled = 0
    while filled < buffer.count {
      let got = pread(descriptor, base + filled, buffer.count - filled, off_t(offset + filled))
      if got <= 0 { break }
      filled += got
    }
    return filled
  }

  /// In the first bytes of a file: the end of the root start tag (`<graphml …>`), and the start
  /// and end of the first `<graph …>` start tag among its children; nil for any other shape
  /// (a DOCTYPE, CDATA or text before it, another root name, a self-closing tag, no graph).
  /// - Complexity: O(bytes scanned).
  static func findGraphStart(in bytes: [UInt8]) -> (rootEnd: Int, graphStart: Int, graphEnd: Int)? {
    var i = 0
    var depth = 0
    var rootEnd: Int?
    func starts(_ text: String, at index: Int) -> Bool { bytes[index...].starts(with: text.utf8) }
    func skip(past terminator: String, from index: Int) -> Int? {
      let pattern = Array(terminator.utf8)
      var j = index
      while j + pattern.count <= bytes.count {
        if bytes[j] == pattern[0] && bytes[j..<j + pattern.count].elementsEqual(pattern) {
          return j + pattern.count
        }
        j += 1
      }
      return nil
    }
    while i < bytes.count {
      guard bytes[i] == 0x3C else {
        i += 1
        continue
      }
      if starts("<?", at: i) {
        guard let next = skip(past: "?>", from: i + 2) else { return nil }
        i = next
      } else if starts("<!--", at: i) {
        guard let next = skip(past: "-->", from: i + 4) else { return nil }
        i = next
      } else if starts("<!", at: i) {
        return nil  // DOCTYPE or CDATA: the sequential reader decides
      } else if starts("</", at: i) {
        guard let next = skip(past: ">", from: i + 2) else { return nil }
        depth -= 1
        if depth < 1 { return nil }
        i = next
      } else {
        var j = i + 1
        while j < bytes.count, !Self.endsName(bytes[j]) { j += 1 }
        let name = bytes[(i + 1)..<j]
        var quote: UInt8?
        while j < bytes.count {
          let byte = bytes[j]
          if let open = quote {
            if byte == open { quote = nil }
          } else if byte == 0x22 || byte == 0x27 {
            quote = byte
          } else if byte == 0x3E {
            break
          }
          j += 1
        }
        guard j < bytes.count else { return nil }
        let selfClosing = bytes[j - 1] == 0x2F
        let end = j + 1
        if depth == 0 {
          guard name.elementsEqual("graphml".utf8), !selfClosing else { return nil }
          rootEnd = end
          depth = 1
        } else if depth == 1 && name.elementsEqual("graph".utf8) {
          guard !selfClosing, let rootEnd else { return nil }
          return (rootEnd, i, end)
        } else if !selfClosing {
          depth += 1
        }
        i = end
      }
    }
    return nil
  }

  private static func endsName(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x2F || byte == 0x3E
  }
}
