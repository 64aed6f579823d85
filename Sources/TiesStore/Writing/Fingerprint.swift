import TiesModel

/// A 64-bit FNV-1a digest of a row's values, to tell whether a stored entity or relation must
/// be rewritten without reading its aliases or evidence back.
///
/// Fields are separated by a byte that UTF-8 text never contains (0xFF), so two different
/// field lists never give the same byte stream.
package enum Fingerprint {
  private static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let prime: UInt64 = 0x0000_0100_0000_01b3

  private struct Hasher {
    var value = Fingerprint.offset

    mutating func add(_ text: String?) {
      if let text {
        for byte in text.utf8 { mix(byte) }
      } else {
        mix(0xFE)
      }
      mix(0xFF)
    }

    /// The same bytes as `add(String(number))`, without making the string.
    mutating func add(_ number: Int) {
      if number < 0 { mix(UInt8(ascii: "-")) }
      addDigits(number.magnitude)
    }

    /// The same bytes as `add(String(number.bitPattern))`.
    mutating func add(_ number: Double) { addDigits(number.bitPattern) }

    /// `value`'s decimal digits, then the field separator.
    private mutating func addDigits<T: UnsignedInteger & FixedWidthInteger>(_ value: T) {
      // 20 digits hold any UInt64.
      var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
      var count = 0
      var rest = UInt64(value)
      withUnsafeMutableBytes(of: &digits) { buffer in
        repeat {
          buffer[count] = UInt8(ascii: "0") + UInt8(rest % 10)
          rest /= 10
          count += 1
        } while rest > 0
        for i in stride(from: count - 1, through: 0, by: -1) { mix(buffer[i]) }
      }
      mix(0xFF)
    }

    private mutating func mix(_ byte: UInt8) {
      value ^= UInt64(byte)
      value = value &* Fingerprint.prime
    }
  }

  /// - Complexity: O(size of the entity and its aliases).
  package static func of(record: EntityRecord, aliases: [String]) -> Int64 {
    var h = Hasher()
    for field in [record.id, record.name, record.type, record.date, record.attributes] { h.add(field) }
    h.add(record.mentionCount)
    h.add(aliases.count)
    for alias in aliases { h.add(alias) }
    return Int64(bitPattern: h.value)
  }

  /// - Complexity: O(size of the relation and its evidence).
  package static func of(record: RelationRecord, evidence: [Evidence]) -> Int64 {
    var h = Hasher()
    for field in [
      record.subject, record.predicate, record.object, record.role, record.asOf, record.attributes,
    ] {
      h.add(field)
    }
    h.add(record.confidence)
    h.add(evidence.count)
    for item in evidence {
      h.add(item.document)
      h.add(item.sentence)
      h.add(item.start)
      h.add(item.end)
      h.add(item.rule)
      h.add(item.confidence)
    }
    return Int64(bitPattern: h.value)
  }
}
