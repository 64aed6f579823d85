import Foundation
import Testing
import TiesFormats
import TiesModel
import TiesTestSupport

@testable import TiesCLI

@Suite("graph commands --from FILE.graphml")
struct GraphFromFileTests {
  /// A star around an event, a chain off it, and a separate pair:
  /// Ann, Bo, Cy attended the Forum; Cy works at Acme; Di works at Acme; Ed works at Solo.
  private func graphFile() throws -> (TemporaryDirectory, String) {
    let folder = try TemporaryDirectory(prefix: "ties-graph-from")
    let path = folder.appending("small.graphml")
    let evidence = [
      Evidence(document: "news.txt", sentence: 4, start: 0, end: 10, rule: "test", confidence: 0.9)
    ]
    func relation(_ s: String, _ p: TiesModel.Predicate, _ o: String, role: String? = nil) -> Relation {
      Relation(
        subject: EntityID(rawValue: s), predicate: p, object: EntityID(rawValue: o), role: role,
        asOf: "2025-05-01",
        confidence: 0.9, evidence: evidence)
    }
    let graph = KnowledgeGraph(
      entities: [
        Entity(id: "p-ann", name: "Ann Lee", type: .person),
        Entity(id: "p-bo", name: "Bo Park", type: .person),
        Entity(id: "p-cy", name: "Cy Ono", type: .person), Entity(id: "p-di", name: "Di Sato", type: .person),
        Entity(id: "p-ed", name: "Ed Kim", type: .person),
        Entity(id: "ev-forum", name: "Spring Forum", type: .event, date: "2025-05-01"),
        Entity(id: "c-acme", name: "Acme Trading Company", type: .company, aliases: ["Acme"]),
        Entity(id: "c-solo", name: "Solo Corp", type: .company),
      ],
      relations: [
        relation("p-ann", .attended, "ev-forum"), relation("p-bo", .attended, "ev-forum"),
        relation("p-cy", .attended, "ev-forum"),
        relation("p-cy", .affiliatedWith, "c-acme", role: "chairman"),
        relation("p-di", .affiliatedWith, "c-acme", role: "member"),
        relation("p-ed", .affiliatedWith, "c-solo"),
      ])
    try GraphMLWriter.write(graph, to: path)
    return (folder, path)
  }

  private func run(_ arguments: String...) throws -> CLI.Run {
    let (folder, path) = try graphFile()
    defer { _ = folder }
    return try CLI.run(arguments + ["--from", path, "--graph", folder.appending("no-store")])
  }

  @Test("path prints document#sentence for evidence (no store, no sentence text)")
  func path() throws {
    let result = try run("path", "ann lee", "Sato Di")
    #expect(result.status == 0)
    #expect(
      result.output == """
        Ann Lee → Di Sato: 4 hops
          1. Ann Lee —attended→ Spring Forum, as of 2025-05-01
             event: Spring Forum
             news.txt#4
          2. Cy Ono —attended→ Spring Forum, as of 2025-05-01
             event: Spring Forum
             news.txt#4
          3. Cy Ono —affiliated_with (chairman)→ Acme Trading Company, as of 2025-05-01
             news.txt#4
          4. Di Sato —affiliated_with (member)→ Acme Trading Company, as of 2025-05-01
             news.txt#4

        """)
    #expect(try run("path", "Ann Lee", "Ed Kim").status == 3)
  }

  @Test("aliases and acronyms from the file match")
  func aliases() throws {
    let result = try run("common", "Cy Ono", "Acme", "--format", "json")
    #expect(result.status == 0)
    let expected = """
      {
        "common" : [

        ],
        "first" : {
          "id" : "p-cy",
          "name" : "Cy Ono",
          "type" : "person"
        },
        "second" : {
          "id" : "c-acme",
          "name" : "Acme Trading Company",
          "type" : "company"
        }
      }

      """
    #expect(result.output == expected)
    #expect(try run("neighbors", "ATC").output == "1\tCy Ono [person] p-cy\n1\tDi Sato [person] p-di\n")
  }

  @Test("rank, components and communities read the file")
  func algorithms() throws {
    let rank = try run("rank", "--by", "degree", "--top", "2")
    #expect(
      rank.output == """
        1\t0.428571\tSpring Forum [event] ev-forum
        2\t0.285714\tAcme Trading Company [company] c-acme

        """)
    let components = try run("components", "--format", "json")
    #expect(components.output.contains(#""count" : 2"#))
    #expect(try run("components").output.hasPrefix("2 components\n1\t6\t"))
    #expect(try run("communities").status == 0)
    #expect(
      try run("brokers", "Ann Lee", "Di Sato").output
        == "1\tAcme Trading Company [company] c-acme\n1\tSpring Forum [event] ev-forum\n1\tCy Ono [person] p-cy\n"
    )
  }

  @Test("bench --from prints a table or one JSON object of seconds per operation")
  func bench() throws {
    let json = try run("bench", "--format", "json")
    #expect(json.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Double]
    for key in [
      "load", "index", "shortest_path_median", "shortest_path_p99", "bfs", "pagerank", "components",
      "betweenness_sampled", "louvain", "modularity", "peak_rss_mb",
    ] {
      #expect(object?[key] != nil, "missing \(key)")
    }
    #expect(try run("bench").output.contains("shortest_path_median"))
    #expect(try CLI.run(["bench"]).status == 64)
  }
}
