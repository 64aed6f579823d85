/// A JSON text built as UTF-8 bytes: literals, quoted strings and integers appended without
/// a `String` made for each piece (the interchange JSON of a large corpus writes millions of
/// evidence fields).
struct JSONBytes {
  private(set) var bytes: [UInt8] = []

  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  /// Appends a literal as it is.
  mutating func append(_ literal: StaticString) {
    literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Appends `text` as it is (already JSON: a quoted string or a number).
  mutating func append(raw text: String) {
    if let done: Void = text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) {
      return done
    }
    bytes.append(contentsOf: text.utf8)
  }

  /// Appends `text` as a JSON string literal (`NodeLinkJSON.string`).
  mutating func append(string text: String) {
    if NodeLinkJSON.needsEscape(text) {
      append(raw: NodeLinkJSON.string(text))
    } else {
      bytes.append(0x22)
      append(raw: text)
      bytes.append(0x22)
    }
  }

  /// Appends `value` in decimal, as `String(value)` writes it.
  mutating func append(_ value: Int) {
    guard value >= 0 else {
      append(raw: String(value))
      return
    }
    var digits = 1
    var rest = value / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits))
    var i = bytes.count - 1
    rest = value
    repeat {
      bytes[i] = UInt8(ascii: "0") + UInt8(rest % 10)
      rest /= 10
      i -= 1
    } while rest > 0
  }

  /// Appends another text's bytes.
  mutating func append(contentsOf other: [UInt8]) { bytes.append(contentsOf: other) }

  /// The text. The bytes are UTF-8 by construction, so decoding repairs nothing.
  var text: String { String(decoding: bytes, as: UTF8.self) }
}
