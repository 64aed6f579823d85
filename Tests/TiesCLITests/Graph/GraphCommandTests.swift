import Foundation
import Testing
import TiesModel

@testable import TiesCLI

/// A third article: someone else at Nanko Heavy Industries, so that a path runs from a person
/// of `Articles.battery` to one of this article.
enum GraphArticles {
  static let nanko = """
    Nanko names a new adviser
    OSAKA, June 2, 2025 — Nanko Heavy Industries appointed Sato Hiroshi as adviser.
    Sato Hiroshi, vice president of Nanko Heavy Industries, said the company would expand in Korea.

    """
}

@Suite("path, neighbors, common, brokers, rank, components, communities")
struct GraphCommandTests {
  private static let articles = [
    (name: "a.txt", text: Articles.battery), (name: "b.txt", text: Articles.steel),
    (name: "c.txt", text: GraphArticles.nanko),
  ]

  private static let welcome =
    "KBIC Chairman Lim Dong-hyun and Vice Chairman Baek Seung-ho welcomed Fujita Kenji, president of Nanko Heavy Industries."

  @Test("path between people of two articles prints each hop with its role, event, date and evidence")
  func pathAcrossArticles() throws {
    let workspace = try Workspace.built(Self.articles)
    let run = try workspace.run("path", "lim dong hyun", "Hiroshi Sato")
    #expect(run.status == 0)
    #expect(
      run.output == """
        Lim Dong-hyun → Sato Hiroshi: 4 hops
          1. Lim Dong-hyun —attended→ 3rd Korea-Japan Battery Forum
             event: 3rd Korea-Japan Battery Forum
             a.txt#3: \(Self.welcome)
          2. Fujita Kenji —attended→ 3rd Korea-Japan Battery Forum
             event: 3rd Korea-Japan Battery Forum
             a.txt#3: \(Self.welcome)
          3. Fujita Kenji —affiliated_with (president)→ Nanko Heavy Industries, as of 2025-04-08
             a.txt#3: \(Self.welcome)
          4. Sato Hiroshi —affiliated_with (adviser)→ Nanko Heavy Industries, as of 2025-06-02
             c.txt#2: Nanko Heavy Industries appointed Sato Hiroshi as adviser.

        """)
  }

  @Test("path --format json spells out every hop, with sorted keys")
  func pathJSON() throws {
    let workspace = try Workspace.built(Self.articles)
    let run = try workspace.run("path", "Lim Dong-hyun", "Sato Hiroshi", "--format", "json")
    #expect(run.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
    let paths = object?["paths"] as? [[String: Any]]
    #expect(paths?.count == 1)
    #expect(paths?.first?["length"] as? Int == 4)
    let hops = paths?.first?["hops"] as? [[String: Any]]
    #expect(
      hops?.map { $0["predicate"] as? String } == [
        "attended", "attended", "affiliated_with", "affiliated_with",
      ])
    #expect(hops?[2]["role"] as? String == "president")
    #expect(hops?[2]["as_of"] as? String == "2025-04-08")
    #expect(run.output.contains(#""subject" : "p-lim-donghyun""#))
    #expect(
      try workspace.run("path", "Lim Dong-hyun", "Sato Hiroshi", "--format", "json").output == run.output)
  }

  @Test("path options: --via, --max-hops, --k, --all, --weighted")
  func pathOptions() throws {
    let workspace = try Workspace.built(Self.articles)
    #expect(
      try workspace.run("path", "Lim Dong-hyun", "Sato Hiroshi", "--via", "affiliated_with").status == 3)
    #expect(try workspace.run("path", "Lim Dong-hyun", "Sato Hiroshi", "--max-hops", "3").status == 3)
    let k = try workspace.run("path", "Lim Dong-hyun", "Fujita Kenji", "--k", "2")
    #expect(k.status == 0)
    #expect(k.output.hasPrefix("path 1 of 2\nLim Dong-hyun → Fujita Kenji: 2 hops\n"))
    #expect(try workspace.run("path", "Lim Dong-hyun", "Fujita Kenji", "--all").status == 0)
    let weighted = try workspace.run("path", "Lim Dong-hyun", "Sato Hiroshi", "--weighted")
    #expect(weighted.status == 0)
    #expect(weighted.output.contains(", cost "))
    #expect(try workspace.run("path", "Lim Dong-hyun", "Sato Hiroshi", "--all", "--k", "2").status == 64)
    #expect(try workspace.run("path", "Lim Dong-hyun", "Sato Hiroshi", "--k", "0").status == 64)
  }

  @Test(
    "an ambiguous or unknown name exits with 3 and prints nothing on standard output",
    arguments: [["Kim", "Fujita Kenji"], ["Fujita Kenji", "Fujita Kenjo"], ["Nobody Here", "KBIC"]])
  func badNames(_ names: [String]) throws {
    let workspace = try Workspace.built(Self.articles)
    let run = try workspace.run("path", names[0], names[1])
    #expect(run.status == 3)
    #expect(run.output.isEmpty)
  }

  @Test("neighbors lists entities by distance then id; json too")
  func neighbors() throws {
    let workspace = try Workspace.built(Self.articles)
    let run = try workspace.run("neighbors", "KBIC")
    #expect(run.status == 0)
    #expect(
      run.output == """
        1\t3rd Korea-Japan Battery Forum [event] ev-3-korea-japan-battery-forum-2025
        1\tBaek Seung-ho [person] p-baek-seungho
        1\tLim Dong-hyun [person] p-lim-donghyun

        """)
    let json = try workspace.run("neighbors", "kbic", "--radius", "2", "--format", "json")
    #expect(json.status == 0)
    #expect(json.output.contains(#""radius" : 2"#))
    #expect(json.output.contains(#""id" : "p-fujita-kenji""#))
  }

  @Test("common lists shared neighbours")
  func common() throws {
    let workspace = try Workspace.built(Self.articles)
    let run = try workspace.run("common", "Fujita Kenji", "Sato Hiroshi")
    #expect(run.status == 0)
    #expect(run.output == "Nanko Heavy Industries [company] c-nanko-heavy-industries\n")
    let json = try workspace.run("common", "Fujita Kenji", "Sato Hiroshi", "--format", "json")
    #expect(json.output.contains(#""common" : ["#))
  }

  @Test("brokers ranks who connects a set")
  func brokers() throws {
    let workspace = try Workspace.built(Self.articles)
    let run = try workspace.run("brokers", "Lim Dong-hyun", "Sato Hiroshi", "Baek Seung-ho", "--top", "2")
    #expect(run.status == 0)
    #expect(
      run.output.hasPrefix("3\t3rd Korea-Japan Battery Forum [event] ev-3-korea-japan-battery-forum-2025\n"))
    #expect(try workspace.run("brokers", "Lim Dong-hyun").status == 64)
    #expect(try workspace.run("brokers", "Lim Dong-hyun", "Sato Hiroshi", "--format", "json").status == 0)
  }

  @Test(
    "rank by each measure, filtered by type, in text and json",
    arguments: ["degree", "pagerank", "betweenness", "closeness", "eigenvector"])
  func rank(_ measure: String) throws {
    let workspace = try Workspace.built(Self.articles)
    let run = try workspace.run("rank", "--by", measure, "--type", "person", "--top", "3")
    #expect(run.status == 0)
    #expect(run.output.split(separator: "\n").count == 3)
    #expect(run.output.split(separator: "\n").allSatisfy { $0.contains(" [person] ") })
    let json = try workspace.run("rank", "--by", measure, "--format", "json", "--top", "0")
    #expect(json.status == 0)
    #expect(json.output.contains(#""by" : "\#(measure)""#))
    #expect(
      try workspace.run("rank", "--by", measure, "--format", "json", "--top", "0").output == json.output)
  }

  @Test("rank betweenness on the sample article pair, and sampled")
  func rankBetweenness() throws {
    let workspace = try Workspace.built(Self.articles)
    let run = try workspace.run("rank", "--by", "betweenness", "--top", "1")
    #expect(run.output.hasPrefix("1\t"))
    #expect(
      run.output.hasSuffix("3rd Korea-Japan Battery Forum [event] ev-3-korea-japan-battery-forum-2025\n"))
    #expect(try workspace.run("rank", "--by", "betweenness", "--samples", "3").status == 0)
    #expect(try workspace.run("rank", "--by", "degree", "--samples", "3").status == 64)
  }

  @Test("components and communities, text and json")
  func groups() throws {
    let workspace = try Workspace.built(Self.articles)
    let components = try workspace.run("components", "--show", "2")
    #expect(components.status == 0)
    #expect(
      components.output.hasPrefix(
        "5 components\n1\t9\tKorea Battery Industry Council; Nanko Heavy Industries; …\n"))
    let json = try workspace.run("components", "--format", "json")
    #expect(json.output.contains(#""count" : 5"#))
    let communities = try workspace.run("communities", "--seed", "3")
    #expect(communities.status == 0)
    #expect(communities.output.contains(" communities, modularity 0."))
    let again = try workspace.run("communities", "--seed", "3", "--format", "json")
    #expect(again.output.contains(#""modularity" : 0."#))
    #expect(try workspace.run("communities", "--seed", "3", "--format", "json").output == again.output)
  }
}
