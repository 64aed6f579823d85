import Foundation
import Testing
import TiesTestSupport

@testable import TiesServe

@Suite("graph reloading")
struct GraphHolderTests {
  @Test("opening and reading the store is no change: the graph is not reloaded")
  func noSpuriousReload() async throws {
    let directory = try TemporaryDirectory(prefix: "ties-holder")
    try ExplorerFixture.store(ExplorerFixture.graph(), in: directory.path)
    let holder = try GraphHolder(directory: directory.path)
    for _ in 0..<5 {
      #expect(holder.current().generation == 1)
      #expect(!holder.isReloading)
      try await Task.sleep(for: .milliseconds(50))
    }
  }

  @Test("a rewritten store is reloaded once, in the background")
  func reloadOnce() async throws {
    let directory = try TemporaryDirectory(prefix: "ties-holder")
    try ExplorerFixture.store(ExplorerFixture.graph(), in: directory.path)
    let holder = try GraphHolder(directory: directory.path)
    try ExplorerFixture.store(
      ExplorerFixture.graph(extra: [.init(id: "pl-busan", name: "Busan", type: .place)]),
      in: directory.path)
    _ = holder.current()
    for _ in 0..<100 where holder.isReloading { try await Task.sleep(for: .milliseconds(50)) }
    #expect(holder.current().generation == 2)
    #expect(holder.current().index.graph.vertexCount == 7)
    try await Task.sleep(for: .milliseconds(100))
    #expect(holder.current().generation == 2)
  }

  @Test("a graph built whole is reloaded after a build and after a write to its generation")
  func reloadGenerations() async throws {
    let directory = try TemporaryDirectory(prefix: "ties-holder")
    try ExplorerFixture.rebuild(ExplorerFixture.graph(), in: directory.path)
    let holder = try GraphHolder(directory: directory.path)
    try ExplorerFixture.rebuild(
      ExplorerFixture.graph(extra: [.init(id: "pl-busan", name: "Busan", type: .place)]), in: directory.path)
    _ = holder.current()
    for _ in 0..<100 where holder.isReloading { try await Task.sleep(for: .milliseconds(50)) }
    #expect(holder.current().index.graph.vertexCount == 7)
    // The writer stays open, so its commit is in the generation's log, not yet in its file.
    let writer = try ExplorerFixture.store(
      ExplorerFixture.graph(extra: [
        .init(id: "pl-busan", name: "Busan", type: .place),
        .init(id: "pl-ulsan", name: "Ulsan", type: .place),
      ]), in: directory.path)
    _ = holder.current()
    for _ in 0..<100 where holder.isReloading { try await Task.sleep(for: .milliseconds(50)) }
    #expect(holder.current().index.graph.vertexCount == 8)
    withExtendedLifetime(writer) {}
  }
}
