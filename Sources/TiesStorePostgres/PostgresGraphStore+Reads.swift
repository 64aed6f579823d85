import PostgresNIO
import TiesModel
import TiesStore

/// The reads of `GraphReading`, each in one snapshot; orders as `GraphStore`'s.
extension PostgresGraphStore {
  public func documents() throws -> [Document] {
    try read { try fetchDocuments(where: "TRUE") }
  }

  public func document(named name: String) throws -> Document? {
    try read { try fetchDocuments(where: "name = $1", .of(name)).first }
  }

  func fetchDocuments(where filter: String, _ binds: PostgresBindings = PostgresBindings()) throws
    -> [Document]
  {
    try session.query("SELECT \(Columns.document) FROM documents WHERE \(filter) ORDER BY name", binds).map {
      try Columns.document(Cells($0, path: location))
    }.sorted { $0.name < $1.name }
  }

  /// - Complexity: O(D log D + S + M + R + X) for the rows read.
  public func extractions() throws -> [DocumentExtraction] {
    try read {
      var byName: [String: DocumentExtraction] = [:]
      for document in try fetchDocuments(where: "has_extraction") {
        byName[document.name] = DocumentExtraction(
          document: document, sentences: [], mentions: [], relations: [], misses: [])
      }
      try session.forEachRow("SELECT document, \(Columns.sentence) FROM sentences ORDER BY document, idx") {
        row in
        let c = Cells(row, path: location)
        let sentence = Sentence(
          index: try c.int(1), start: try c.int(2), end: try c.int(3), text: try c.text(4))
        byName[try c.text(0)]?.sentences.append(sentence)
      }
      try session.forEachRow("SELECT \(Columns.mention) FROM mentions ORDER BY document, ordinal") { row in
        let mention = try Columns.mention(Cells(row, path: location))
        byName[mention.evidence.document]?.mentions.append(mention)
      }
      try session.forEachRow(
        "SELECT \(Columns.localRelation) FROM local_relations ORDER BY document, ordinal"
      ) { row in
        let relation = try Columns.localRelation(Cells(row, path: location))
        byName[relation.evidence.document]?.relations.append(relation)
      }
      try session.forEachRow("SELECT \(Columns.miss) FROM misses ORDER BY document, ordinal") { row in
        let miss = try Columns.miss(Cells(row, path: location))
        byName[miss.document]?.misses.append(miss)
      }
      return byName.values.sorted { $0.document.name < $1.document.name }
    }
  }

  public func graph() throws -> KnowledgeGraph {
    try read {
      KnowledgeGraph(
        documents: try fetchDocuments(where: "TRUE"), entities: try fetchEntities(where: "TRUE"),
        relations: try fetchRelations(where: "TRUE"))
    }
  }

  public func entities(type: EntityType? = nil, matching: String? = nil) throws -> [Entity] {
    var conditions: [String] = []
    var binds = PostgresBindings()
    if let type {
      binds.append(type.rawValue)
      conditions.append("e.type = $\(binds.count)")
    }
    if let matching {
      binds.append(NameKey.make(matching))
      let n = binds.count
      conditions.append(
        """
        (strpos(e.match_key, $\(n)) > 0
         OR EXISTS (SELECT 1 FROM aliases a WHERE a.entity_id = e.id AND strpos(a.match_key, $\(n)) > 0))
        """)
    }
    let filter = conditions.isEmpty ? "TRUE" : conditions.joined(separator: " AND ")
    return try read { try fetchEntities(where: filter, binds) }
  }

  public func entity(id: EntityID) throws -> Entity? {
    try read { try fetchEntities(where: "e.id = $1", .of(id.rawValue)).first }
  }

  public func findEntities(named name: String) throws -> [Entity] {
    let key = NameKey.make(name)
    if key.isEmpty { return [] }
    return try read {
      try fetchEntities(
        where: "(e.match_key = $1 OR e.id IN (SELECT entity_id FROM aliases WHERE match_key = $1))", .of(key))
    }
  }

  public func relations(of id: EntityID) throws -> [Relation] {
    try read { try fetchRelations(where: "(r.subject = $1 OR r.object = $1)", .of(id.rawValue)) }
  }

  public func mentions(of id: EntityID) throws -> [Mention] {
    try read {
      try session.query(
        "SELECT \(Columns.mention) FROM mentions WHERE entity_id = $1 ORDER BY document, ordinal",
        .of(id.rawValue)
      ).map { try Columns.mention(Cells($0, path: location)) }.sorted { $0.evidence < $1.evidence }
    }
  }

  public func sentence(document: String, index: Int) throws -> Sentence? {
    try sentences([(document, index)]).first ?? nil
  }

  /// - Complexity: one query for all of `keys`.
  public func sentences(_ keys: [(document: String, index: Int)]) throws -> [Sentence?] {
    if keys.isEmpty { return [] }
    var binds = PostgresBindings()
    binds.append(keys.map(\.document))
    binds.append(keys.map(\.index))
    var found: [String: [Int: Sentence]] = [:]
    try session.forEachRow(
      """
      SELECT s.document, s.idx, s."start", s."end", s.text FROM sentences s
      JOIN (SELECT DISTINCT * FROM unnest($1::text[], $2::bigint[]) AS k(document, idx)) k
        ON s.document = k.document AND s.idx = k.idx
      """, binds
    ) { row in
      let c = Cells(row, path: location)
      let sentence = Sentence(
        index: try c.int(1), start: try c.int(2), end: try c.int(3), text: try c.text(4))
      found[try c.text(0), default: [:]][sentence.index] = sentence
    }
    return keys.map { found[$0.document]?[$0.index] }
  }

  public func misses(document: String? = nil) throws -> [Miss] {
    try read {
      var filter = "TRUE"
      var binds = PostgresBindings()
      if let document {
        guard try !session.query("SELECT 1 FROM documents WHERE name = $1", .of(document)).isEmpty else {
          throw StoreError.unknownDocument(name: document)
        }
        filter = "document = $1"
        binds.append(document)
      }
      return try session.query(
        "SELECT \(Columns.miss) FROM misses WHERE \(filter) ORDER BY document, ordinal", binds
      )
      .map { try Columns.miss(Cells($0, path: location)) }.sorted(by: GraphStore.missOrder)
    }
  }

  public func stats() throws -> StoreStats {
    try read {
      func count(_ table: String) throws -> Int {
        try Cells(try session.query("SELECT count(*) FROM \(table)")[0], path: location).int(0)
      }
      func counts<Key: RawRepresentable & Hashable & Sendable>(
        _ sql: String, known: [Key], make: (String) -> Key
      )
        throws -> [StoreStats.Count<Key>] where Key.RawValue == String
      {
        let all = try session.query(sql).map { row in
          let c = Cells(row, path: location)
          return StoreStats.Count(key: make(try c.text(0)), count: try c.int(1))
        }
        func rank(_ key: Key) -> Int { known.firstIndex(of: key) ?? known.count }
        return all.sorted { (rank($0.key), $0.key.rawValue) < (rank($1.key), $1.key.rawValue) }
      }
      return StoreStats(
        documents: try count("documents"),
        entitiesByType: try counts(
          "SELECT type, count(*) FROM entities GROUP BY type", known: EntityType.extracted,
          make: EntityType.init(rawValue:)),
        relationsByPredicate: try counts(
          "SELECT predicate, count(*) FROM relations GROUP BY predicate", known: Predicate.extracted,
          make: Predicate.init(rawValue:)),
        mentions: try count("mentions"), misses: try count("misses"))
    }
  }

  public func documentHashes() throws -> [String: String] {
    try read { try PostgresGraphWriter.storedHashes(session, path: location) }
  }

  public func documentHashes(named names: [String]) throws -> [String: String] {
    try read { try PostgresGraphWriter.storedHashes(session, path: location, named: names) }
  }

  /// The entities `filter` selects (over `entities e`), with their aliases, by id.
  func fetchEntities(where filter: String, _ binds: PostgresBindings = PostgresBindings()) throws -> [Entity]
  {
    let coding = StoreCoding()
    var aliases: [String: [String]] = [:]
    try session.forEachRow(
      "SELECT a.entity_id, a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE \(filter)",
      binds
    ) { row in
      let c = Cells(row, path: location)
      aliases[try c.text(0), default: []].append(try c.text(1))
    }
    return try session.query(
      "SELECT e.id, e.name, e.type, e.date, e.mention_count, e.attributes FROM entities e WHERE \(filter)",
      binds
    ).map { row in
      let c = Cells(row, path: location)
      let id = try c.text(0)
      return Entity(
        id: EntityID(rawValue: id), name: try c.text(1), type: EntityType(rawValue: try c.text(2)),
        aliases: (aliases[id] ?? []).sorted(), date: try c.optionalText(3), mentionCount: try c.int(4),
        attributes: try coding.decodeAttributes(
          try c.text(5), path: location, what: "attributes of entity '\(id)'"))
    }.sorted { $0.id < $1.id }
  }

  /// The relations `filter` selects (over `relations r`), with their evidence, in key order.
  func fetchRelations(where filter: String, _ binds: PostgresBindings = PostgresBindings()) throws
    -> [Relation]
  {
    let coding = StoreCoding()
    var evidence: [Int64: [Evidence]] = [:]
    try session.forEachRow(
      """
      SELECT v.relation_id, v.document, v.sentence, v."start", v."end", v.rule, v.confidence
      FROM evidence v JOIN relations r ON r.id = v.relation_id WHERE \(filter)
      """, binds
    ) { row in
      let c = Cells(row, path: location)
      evidence[try c.int64(0), default: []].append(try c.evidence(from: 1))
    }
    return try session.query("SELECT \(Columns.relation) FROM relations r WHERE \(filter)", binds).map {
      try Columns.relation(Cells($0, path: location), evidence: evidence, coding: coding, path: location)
    }.sorted { $0.key < $1.key }
  }
}
