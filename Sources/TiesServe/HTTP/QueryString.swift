/// The parameters of a URL's query string, decoded as browsers encode forms: `+` is a space,
/// `%XX` a byte of UTF-8 (invalid UTF-8 becomes U+FFFD).
struct QueryString: Sendable {
  private var pairs: [(key: String, value: String)] = []

  /// - Complexity: O(n) in the length of `query`.
  init(_ query: String?) {
    guard let query else { return }
    for part in query.split(separator: "&", omittingEmptySubsequences: true) {
      let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let key = Self.decode(pieces[0])
      let value = pieces.count > 1 ? Self.decode(pieces[1]) : ""
      pairs.append((key, value))
    }
  }

  /// The first value of `key`, trimmed of white space; nil when absent or empty.
  subscript(_ key: String) -> String? {
    guard let value = pairs.first(where: { $0.key == key })?.value else { return nil }
    let trimmed = value.trimmingWhiteSpace()
    return trimmed.isEmpty ? nil : trimmed
  }

  /// `key` as an integer in `range`, or `fallback` when absent.
  /// - Throws: `ServeError.badParameter` when present but not an integer, or outside `range`.
  func integer(_ key: String, default fallback: Int, in range: ClosedRange<Int>) throws -> Int {
    guard let text = self[key] else { return fallback }
    guard let value = Int(text) else {
      throw ServeError.badParameter(name: key, message: "not a whole number")
    }
    guard range.contains(value) else {
      throw ServeError.badParameter(
        name: key, message: "must be from \(range.lowerBound) to \(range.upperBound)")
    }
    return value
  }

  /// `key` as a flag: present and not `0`, `false` or `no`.
  func flag(_ key: String) -> Bool {
    guard let text = self[key]?.lowercased() else { return false }
    return !["0", "false", "no", "off"].contains(text)
  }

  /// `key` split at commas, each piece trimmed, empty pieces dropped.
  func list(_ key: String) -> [String] {
    (self[key] ?? "").split(separator: ",").map { String($0).trimmingWhiteSpace() }.filter { !$0.isEmpty }
  }

  /// Percent-decodes `text`, with `+` as a space.
  /// - Complexity: O(n).
  static func decode(_ text: Substring) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var iterator = text.utf8.makeIterator()
    while let byte = iterator.next() {
      if byte == UInt8(ascii: "+") {
        bytes.append(UInt8(ascii: " "))
      } else if byte == UInt8(ascii: "%") {
        let high = iterator.next()
        let low = iterator.next()
        if let high, let low, let h = hexValue(high), let l = hexValue(low) {
          bytes.append(h << 4 | l)
        } else {
          bytes.append(byte)
          if let high { bytes.append(high) }
          if let low { bytes.append(low) }
        }
      } else {
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    default: return nil
    }
  }

  /// `text` percent-encoded for a URL's query or path: everything but ASCII letters, digits
  /// and `-._~`.
  static func encode(_ text: String) -> String {
    var out = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = Array("0123456789ABCDEF".unicodeScalars)
        out.unicodeScalars.append("%")
        out.unicodeScalars.append(hex[Int(byte >> 4)])
        out.unicodeScalars.append(hex[Int(byte & 15)])
      }
    }
    return out
  }
}

extension String {
  /// Without leading and trailing white space.
  func trimmingWhiteSpace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
