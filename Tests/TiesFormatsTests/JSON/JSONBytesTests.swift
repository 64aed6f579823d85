import Testing

@testable import TiesFormats

/// The byte writer under the interchange JSON writes what the `String` functions it replaces
/// wrote.
@Suite struct JSONBytesTests {
  @Test(arguments: [0, 7, 9, 10, 99, 100, 12_345, -1, -10, Int.max, Int.min])
  func integersAsStringWritesThem(_ value: Int) {
    var out = JSONBytes()
    out.append("x")
    out.append(value)
    #expect(out.text == "x" + String(value))
  }

  @Test(arguments: ["", "Kim", "Ōsaka Chamber", "say \"hi\"", "back\\slash", "tab\there", "bell\u{7}", "한국"])
  func stringsAsNodeLinkJSONQuotesThem(_ text: String) {
    var out = JSONBytes()
    out.append(string: text)
    out.append(", ")
    out.append(raw: "1.5")
    #expect(out.text == NodeLinkJSON.string(text) + ", 1.5")
  }

  @Test func bytesOfAnotherTextAreAppended() {
    var first = JSONBytes()
    first.append("[")
    var second = JSONBytes(capacity: 8)
    second.append(42)
    first.append(contentsOf: second.bytes)
    first.append("]")
    #expect(first.text == "[42]")
  }
}
