import TiesModel
import TiesResolution

/// One copy of each string too long for Swift to keep in place (more than 15 UTF-8 bytes):
/// what a build holds of every article until resolution names the same companies, people
/// and keys again and again.
///
/// At 10,000 generated articles, 210,000 mentions wrote 86,000 long texts and 137,000 long
/// local keys, of only 17,000 distinct texts and 17,000 distinct keys; their local relations
/// held 220,000 long ends more.
struct StringPool {
  private var strings = Set<String>()

  /// `string`, or the equal string pooled before it.
  /// - Complexity: O(length) to hash, for long strings only.
  mutating func pooled(_ string: String) -> String {
    guard string.utf8.count > 15 else { return string }
    return strings.insert(string).memberAfterInsert
  }

  /// What resolution reads of `extraction`: its document, returned, its mentions, held in
  /// `held`, and its local relations, appended to `relations`; texts, keys and ends pooled.
  /// - Complexity: O(mentions + relations) look-ups.
  mutating func resolutionInput(
    of extraction: DocumentExtraction, holdingMentionsIn held: inout HeldMentions,
    relationsIn relations: inout CompactRelations
  ) -> DocumentExtraction {
    held.hold(extraction.mentions, of: extraction.document.name, pool: &self)
    relations.append(extraction.relations, of: extraction.document.name) { pooled($0) }
    return DocumentExtraction(
      document: extraction.document, sentences: [], mentions: [], relations: [], misses: [])
  }
}
