import Testing
import TiesExtraction
import TiesModel

/// Names of trade agreements. Sentences of our own.
struct AgreementNameTests {
  @Test("'the Andean-Tarvik Free Trade Area (ATFTA)': a free trade area is an agreement")
  func freeTradeArea() throws {
    let entities = try Harness.entities(
      "Exporters are preparing for the Andean-Tarvik Free Trade Area (ATFTA) and the Kestrel Free Trade Area."
    )
    #expect(entities.contains(.agreement("Andean-Tarvik Free Trade Area")))
    #expect(entities.contains(.agreement("Kestrel Free Trade Area")))
  }

  @Test("'the National Committee on the Kestrel Free Trade Area': a body on an agreement is the body")
  func bodyOnAnAgreement() throws {
    let entities = try Harness.entities(
      "The National Committee on the Kestrel Free Trade Area met on Monday.")
    #expect(entities.contains(.government("National Committee on the Kestrel Free Trade Area")))
    #expect(!entities.contains { $0.type == .agreement })
  }
}
