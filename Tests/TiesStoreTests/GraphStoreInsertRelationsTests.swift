import Testing
import TiesModel
import TiesStoreTestSupport
import TiesTestSupport

@testable import TiesStore

/// `GraphWriter.insertRelations`: a build's relations, their rows made on another thread
/// while the writing thread inserts them (`Parallel.pipeline`), several hundred at a time.
@Suite struct GraphStoreInsertRelationsTests {
  /// 30 people and 10 companies.
  static let entities: [Entity] =
    (0..<30).map { Entity(id: EntityID(rawValue: "p-person-\($0)"), name: "Person \($0)", type: .person) }
    + (0..<10).map {
      Entity(id: EntityID(rawValue: "o-company-\($0)"), name: "Company \($0)", type: .company)
    }

  /// Every person affiliated with every company in five roles: 1,500 relations, more than two
  /// of the pipeline's chunks, with attributes and dates now and then and evidence given out of
  /// order.
  static let relations: [Relation] = {
    var out: [Relation] = []
    for p in 0..<30 {
      for c in 0..<10 {
        for (n, role) in ["chair", "adviser", "member", "director", "treasurer"].enumerated() {
          let evidence = (0..<(1 + (p + c + n) % 3)).map {
            Evidence(
              document: "d\((p * 7 + c + $0) % 13).txt", sentence: (5 - $0) % 4, start: $0 * 10,
              end: $0 * 10 + 8, rule: "test", confidence: 0.5 + Double($0) / 10)
          }
          out.append(
            Relation(
              subject: entities[p].id, predicate: .affiliatedWith, object: entities[30 + c].id, role: role,
              asOf: n == 0 ? "2026-01-0\(1 + c % 9)" : nil, confidence: 0.7, evidence: evidence,
              attributes: n == 1 ? ["source": .string("test \(p)")] : [:]))
        }
      }
    }
    return out
  }()

  @Test func relationsInsertedStoreWhatARowByRowWriteStores() throws {
    #expect(Self.relations.count == 1_500)
    let inserted = try GraphStore(directory: try TemporaryDirectory(prefix: "ties-insert-relations").path)
    let changes = try inserted.write(waitingUpTo: 10) { writer in
      try writer.apply(graph: KnowledgeGraph(entities: Self.entities), resolved: [])
      return try writer.insertRelations(Self.relations, among: Set(Self.entities.map(\.id)))
    }
    #expect(changes.relationsWritten == 1_500)
    let applied = try GraphStore(directory: try TemporaryDirectory(prefix: "ties-apply-relations").path)
    try applied.write(waitingUpTo: 10) { writer in
      _ = try writer.apply(
        graph: KnowledgeGraph(entities: Self.entities, relations: Self.relations), resolved: [])
    }
    let graph = try inserted.graph()
    #expect(graph.relations.count == 1_500)
    #expect(graph == (try applied.graph()))
    #expect(try inserted.stats().relationsByPredicate == (try applied.stats().relationsByPredicate))
  }

  @Test func aRelationToAnUnstoredEntityIsRefusedAndNothingIsKept() throws {
    let store = try GraphStore(directory: try TemporaryDirectory(prefix: "ties-insert-unknown").path)
    var relations = Self.relations
    // In the third chunk: the first two are inserted before the error reaches the writer.
    relations[1_200].object = EntityID(rawValue: "o-nobody")
    #expect(
      throws: StoreError.unknownEntity(
        EntityID(rawValue: "o-nobody"), referencedBy: "relation p-person-24 affiliated_with o-nobody")
    ) {
      try store.write(waitingUpTo: 10) { writer in
        try writer.apply(graph: KnowledgeGraph(entities: Self.entities), resolved: [])
        _ = try writer.insertRelations(relations, among: Set(Self.entities.map(\.id)))
      }
    }
    #expect(try store.graph().relations.isEmpty)
    #expect(try store.graph().entities.isEmpty)
  }
}
