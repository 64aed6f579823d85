import Testing
import TiesExtraction
import TiesModel
import TiesTestSupport

@testable import TiesPipeline
@testable import TiesResolution

/// A build holds one copy of each long text and key for resolution, and nothing else changes.
struct StringPoolTests {
  /// Where a native string keeps its bytes.
  static func storage(_ string: String) -> UnsafeRawPointer? {
    string.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
  }

  @Test func equalLongStringsShareOneCopy() {
    var pool = StringPool()
    // Made at run time, so that each is a string of its own.
    let one = ["o:", "nordic", " shipping", " council"].joined()
    let two = ["o:nordic", " shipping ", "council"].joined()
    #expect(one == two && Self.storage(one) != Self.storage(two))
    let first = pool.pooled(one)
    let second = pool.pooled(two)
    #expect(second == two && Self.storage(second) == Self.storage(first))
    #expect(pool.pooled("p:ana") == "p:ana", "a short string is kept in place, as it is")
  }

  @Test func resolutionInputIsTheExtractionsMentionsAndRelations() throws {
    let files = try InputFiles.collect([Fixtures.repository + "/corpus"])
    let extractions = try Fixtures.pipeline.get().extract(files, lossy: false)
    var pool = StringPool()
    var mentions = HeldMentions()
    var relations = CompactRelations()
    let held = extractions.map {
      pool.resolutionInput(of: $0, holdingMentionsIn: &mentions, relationsIn: &relations)
    }
    #expect(held.map(\.document) == extractions.map(\.document))
    #expect(extractions.map { mentions.mentions(of: $0.document.name) } == extractions.map(\.mentions))
    #expect(relations.documents == extractions.map(\.document.name))
    let all = extractions.flatMap(\.relations)
    #expect(relations.items.indices.map(relations.evidence) == all.map(\.evidence))
    #expect(relations.items.indices.map(relations.predicate) == all.map(\.predicate))
    #expect(relations.items.map(\.role) == all.map(\.role))
    #expect(
      held.allSatisfy {
        $0.mentions.isEmpty && $0.relations.isEmpty && $0.sentences.isEmpty && $0.misses.isEmpty
      })
    #expect(extractions.contains { !$0.relations.isEmpty && !$0.sentences.isEmpty })
  }
}
