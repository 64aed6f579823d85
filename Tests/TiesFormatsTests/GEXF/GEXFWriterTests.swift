import Foundation
import Testing
import TiesModel

@testable import TiesFormats

@Suite struct GEXFWriterTests {
  @Test func fixtureGraphMatchesGolden() throws {
    let folder = try TemporaryFolder()
    try GEXFWriter.write(FixtureGraph.graph, to: folder.file("fixture.gexf"))
    try assertGolden(try folder.read("fixture.gexf"), named: "fixture.gexf")
  }
}
