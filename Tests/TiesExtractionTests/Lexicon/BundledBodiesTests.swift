import Foundation
import Testing

@testable import TiesExtraction

/// The national bodies of acronyms.yaml: names are read whole, and an entry whose name an
/// unquoted comma would cut is refused with the entry's key.
@Suite("Bundled bodies")
struct BundledBodiesTests {
  @Test("every body's name is read whole: no name ends where the YAML had a comma")
  func namesAreWhole() throws {
    let lexicon = try Harness.builtIn.get()
    #expect(lexicon.bodies.count > 50)
    let withCommas = lexicon.bodies.values.filter { $0.name.contains(",") }
    #expect(withCommas.count >= 3)
    for body in withCommas { #expect(!body.name.hasSuffix(",")) }
  }

  @Test("an entry with a key other than name, type and aliases is refused, naming the entry")
  func strayKeyRefused() throws {
    let cut: [String: Any] = [
      "name": "Ministry of Economy", "Trade and Industry": NSNull(), "type": "government",
    ]
    #expect {
      _ = try Lexicon.body("XYZ", cut)
    } throws: { error in
      "\(error)".contains("XYZ") && "\(error)".contains("Trade and Industry")
    }
    let whole: [String: Any] = ["name": "Ministry of Economy, Trade and Industry", "type": "government"]
    #expect(try Lexicon.body("XYZ", whole).name == "Ministry of Economy, Trade and Industry")
    #expect(throws: ExtractionError.self) { try Lexicon.body("XYZ", ["name": "No Type"]) }
  }
}
