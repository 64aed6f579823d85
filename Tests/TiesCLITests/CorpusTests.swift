import Foundation
import Testing
import TiesModel

@testable import TiesCLI

/// The sample corpus, found from this file: Tests/TiesCLITests/ → ../../corpus.
private let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus").path

@Suite("the sample corpus, end to end")
struct CorpusTests {
  @Test("build the corpus and check facts that span its articles")
  func corpusFacts() throws {
    let workspace = try Workspace()
    let build = try workspace.run("build", corpus)
    #expect(build.status == 0)
    #expect(build.output.hasPrefix("documents: 10\n"))
    let graph = try workspace.store().graph()
    #expect(graph.documents.count == 10)
    let byName = { (name: String) in graph.entities.filter { $0.name == name || $0.aliases.contains(name) } }
    func one(_ name: String) throws -> Entity {
      let found = byName(name)
      #expect(found.count == 1, "\(name): \(found.map(\.id))")
      return try #require(found.first)
    }
    func relation(_ s: Entity, _ p: TiesModel.Predicate, _ o: Entity) -> Relation? {
      graph.relations.first { $0.subject == s.id && $0.predicate == p && $0.object == o.id }
    }

    // The Korean chamber is KORCHAM in the Busan article and KCCI in the Fukuoka one.
    let korcham = try one("KORCHAM")
    #expect(korcham.id == (try one("KCCI")).id)
    #expect(korcham.name == "Korea Chamber of Commerce and Industry")
    #expect(korcham.type == .association)

    // The JCCI chairman is "Kobayashi Ken" in Busan and "Ken Kobayashi" in Fukuoka.
    let kobayashi = try one("Kobayashi Ken")
    #expect(kobayashi.id == (try one("Ken Kobayashi")).id)
    let jcci = try one("JCCI")
    let jcciChair = try #require(relation(kobayashi, .affiliatedWith, jcci))
    #expect(jcciChair.role == "chairman")
    #expect(
      Set(jcciChair.evidence.map(\.document)) == [
        "01-busan-12th-chambers-chairpersons-meeting.txt",
        "05-fukuoka-13th-chambers-chairpersons-meeting.txt",
      ])

    // "Choi Tae-won" of the Tokyo roundtable is the Chey Tae-won who chairs KORCHAM in Busan:
    // both chair SK Group.
    let chey = try one("Chey Tae-won")
    #expect(chey.id == (try one("Choi Tae-won")).id)
    let sk = try one("SK Group")
    #expect(relation(chey, .affiliatedWith, sk) != nil)
    #expect(relation(chey, .affiliatedWith, korcham)?.role == "chairman")

    // Two meetings of one series, in two articles, stay two events; JCCI organized both,
    // and Chey attended both.
    let twelfth = try one("12th Korea-Japan chambers of commerce chairpersons' meeting")
    let thirteenth = try one("13th Korea-Japan chambers of commerce chairpersons' meeting")
    #expect(twelfth.id != thirteenth.id)
    #expect(relation(jcci, .organized, twelfth) != nil)
    #expect(relation(jcci, .organized, thirteenth) != nil)
    #expect(relation(chey, .attended, twelfth) != nil)
    #expect(relation(chey, .attended, thirteenth) != nil)

    // The 56th Business Conference met in Tokyo; the 57th is announced for Seoul.
    let fiftySixth = try one("56th Korea-Japan Business Conference")
    let fiftySeventh = try one("57th Korea-Japan Business Conference")
    #expect(relation(fiftySixth, .heldIn, try one("Tokyo")) != nil)
    #expect(relation(fiftySeventh, .heldIn, try one("Seoul")) != nil)
    #expect(relation(fiftySixth, .heldIn, try one("Seoul")) == nil)

    // A photo caption of the Tokyo article is not read.
    #expect(try workspace.store().misses().allSatisfy { !$0.text.contains("Photo") })
  }
}
