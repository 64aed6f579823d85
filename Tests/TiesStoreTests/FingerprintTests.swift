import Testing
import TiesModel

@testable import TiesStore

/// `Fingerprint`: the digest graphs already store must not change, so numbers are hashed as
/// the bytes of their decimal text, whatever way the digest computes them.
@Suite struct FingerprintTests {
  /// FNV-1a over the fields as text, each followed by 0xFF (0xFE for nil): the digest's
  /// definition, with numbers written by `String`.
  private func reference(_ fields: [String?]) -> Int64 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ byte: UInt8) { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    for field in fields {
      if let field { for byte in field.utf8 { mix(byte) } } else { mix(0xFE) }
      mix(0xFF)
    }
    return Int64(bitPattern: value)
  }

  @Test(arguments: [0, 7, 10, 99, 100, 12_345, -1, -250, Int.max, Int.min])
  func relationDigestWritesNumbersAsTheirText(number: Int) throws {
    let evidence = [
      Evidence(document: "a.txt", sentence: number, start: 0, end: 10, rule: "r", confidence: 0.75),
      Evidence(document: "b.txt", sentence: 3, start: number, end: 1_000_000, rule: "s", confidence: 1),
    ]
    let relation = Relation(
      subject: EntityID(rawValue: "p-kim"), predicate: .affiliatedWith, object: EntityID(rawValue: "o-acme"),
      role: number < 0 ? nil : "chair", confidence: 0.9, evidence: evidence)
    let record = try RelationRecord(relation: relation, coding: StoreCoding())
    var fields: [String?] = [
      record.subject, record.predicate, record.object, record.role, record.asOf, record.attributes,
      String(record.confidence.bitPattern), String(evidence.count),
    ]
    for item in evidence {
      fields += [
        item.document, String(item.sentence), String(item.start), String(item.end), item.rule,
        String(item.confidence.bitPattern),
      ]
    }
    #expect(Fingerprint.of(record: record, evidence: evidence) == reference(fields))
  }

  @Test func entityDigestWritesTheMentionCountAsText() throws {
    for count in [0, 1, 42, 1_000_003] {
      let entity = Entity(
        id: EntityID(rawValue: "o-acme"), name: "Acme", type: .company, aliases: ["ACME"], date: nil,
        mentionCount: count)
      let record = try EntityRecord(entity: entity, coding: StoreCoding())
      let fields: [String?] = [
        record.id, record.name, record.type, record.date, record.attributes, String(count), "1", "ACME",
      ]
      #expect(Fingerprint.of(record: record, aliases: ["ACME"]) == reference(fields))
    }
  }
}
