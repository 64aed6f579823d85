import TiesModel

extension GraphMLParse {
  /// The `<data>` of `pending`, then the defaults of keys it lacks.
  private func values(of pending: Pending) -> ArraySlice<(key: Int, text: String, position: ElementPosition)>
  {
    let defaults = pending.isNode ? nodeDefaults : edgeDefaults
    if defaults.isEmpty { return dataValues[pending.valuesStart...] }
    var values = dataValues[pending.valuesStart...]
    for index in defaults where !values.contains(where: { $0.key == index }) {
      values.append((index, keys[index].defaultValue ?? "", pending.position))
    }
    return values
  }

  /// The text as a value of the key's declared type.
  /// - Throws: `FormatsError.invalidValue` when it does not parse.
  func typed(_ text: String, key: GraphMLKey, position: ElementPosition) throws -> AttributeValue {
    func invalid() -> FormatsError {
      .invalidValue(
        text, type: key.type?.rawValue ?? "string", key: key.name, location: resolve(position))
    }
    switch key.type {
    case .boolean?:
      switch text.trimmingWhitespace().lowercased() {
      case "true", "1": return .bool(true)
      case "false", "0": return .bool(false)
      default: throw invalid()
      }
    case .int?:
      let trimmed = text.trimmingWhitespace()
      if let value = Int32(trimmed) { return .int(value) }
      if let value = Int64(trimmed) { return .long(value) }
      throw invalid()
    case .long?:
      guard let value = Int64(text.trimmingWhitespace()) else { throw invalid() }
      return .long(value)
    case .float?, .double?:
      guard let value = Double(text.trimmingWhitespace()) else { throw invalid() }
      return .double(value)
    case .string?, nil:
      return .string(text)
    }
  }

  func entity(from pending: Pending) throws -> Entity {
    let id = pending.id ?? ""
    var entity = Entity(id: EntityID(rawValue: id), name: id, type: EntityType(rawValue: ""))
    var hasLabel = false
    var hints: [(String, String)] = []
    for (index, text, location) in values(of: pending) {
      let key = keys[index]
      switch nodeFields[index] {
      case .label:
        entity.name = text
        hasLabel = true
      case .type: entity.type = EntityType(rawValue: text)
      case .aliases:
        entity.aliases = text.isEmpty ? [] : text.splitOn(GraphMLVocabulary.aliasSeparator)
      case .date: entity.date = text
      case .mentions:
        switch try typed(text, key: key, position: location) {
        case .int(let v): entity.mentionCount = Int(v)
        case .long(let v): entity.mentionCount = Int(v)
        default: break
        }
      case .hint:
        hints.append((key.name, text))
      default:
        entity.attributes[key.name] = try typed(text, key: key, position: location)
      }
    }
    if !hasLabel, let label = pending.yEdLabel { entity.name = label }
    let style = EntityStyle.of(entity.type)
    for (name, text) in hints where text != (name == "color" ? style.color : style.shapeHint) {
      entity.attributes[name] = .string(text)
    }
    return entity
  }

  func relation(from pending: Pending) throws -> Relation {
    var relation = Relation(
      subject: EntityID(rawValue: pending.source),
      predicate: pending.gephiLabel.map(Predicate.init(rawValue:)) ?? GraphMLVocabulary.defaultPredicate,
      object: EntityID(rawValue: pending.target))
    var evidence: (String, ElementPosition, GraphMLKey)?
    var weight: AttributeValue?
    for (index, text, location) in values(of: pending) {
      let key = keys[index]
      switch edgeFields[index] {
      case .predicate: relation.predicate = Predicate(rawValue: text)
      case .role: relation.role = text
      case .asOf: relation.asOf = text
      case .evidence: evidence = (text, location, key)
      case .confidence:
        switch try typed(text, key: key, position: location) {
        case .double(let v): relation.confidence = v
        case .int(let v): relation.confidence = Double(v)
        case .long(let v): relation.confidence = Double(v)
        default: break
        }
      case .weight:
        weight = try typed(text, key: key, position: location)
      default:
        relation.attributes[key.name] = try typed(text, key: key, position: location)
      }
    }
    if let (text, location, key) = evidence {
      guard let parsed = GraphMLVocabulary.parseEvidence(text, confidence: relation.confidence) else {
        throw FormatsError.invalidValue(
          text, type: "evidence (document#sentence;…)", key: key.name, location: resolve(location))
      }
      relation.evidence = parsed
    }
    if let weight {
      let value: Double
      switch weight {
      case .int(let v): value = Double(v)
      case .long(let v): value = Double(v)
      case .double(let v): value = v
      default: value = .nan
      }
      if value != Double(max(relation.evidence.count, 1)) { relation.attributes["weight"] = weight }
    }
    return relation
  }

  /// The extra keys reading can produce: every node and edge key not mapped to a field.
  func extraSchema() -> GraphMLSchema {
    var node: [String: GraphMLAttributeType] = [:]
    var edge: [String: GraphMLAttributeType] = [:]
    for (index, key) in keys.enumerated() where !key.isYFilesGraphics {
      let type = key.type ?? .string
      if key.applies(to: .node) && [.other, .hint].contains(nodeFields[index]) {
        node[key.name] = node[key.name].map { $0.widened(with: type) } ?? type
      }
      if key.applies(to: .edge) && [.other, .weight].contains(edgeFields[index]) {
        edge[key.name] = edge[key.name].map { $0.widened(with: type) } ?? type
      }
    }
    return GraphMLSchema(
      node: node.map { .init(name: $0.key, type: $0.value == .float ? .double : $0.value) },
      edge: edge.map { .init(name: $0.key, type: $0.value == .float ? .double : $0.value) })
  }
}

extension String {
  /// Splits on a multi-character separator.
  func splitOn(_ separator: String) -> [String] {
    var parts: [String] = []
    var current = ""
    var rest = Substring(self)
    while !rest.isEmpty {
      if rest.hasPrefix(separator) {
        parts.append(current)
        current = ""
        rest = rest.dropFirst(separator.count)
      } else {
        current.append(rest.removeFirst())
      }
    }
    parts.append(current)
    return parts
  }
}
