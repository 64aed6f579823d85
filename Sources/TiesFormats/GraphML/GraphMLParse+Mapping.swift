import TiesModel

extension GraphMLParse {
  /// Calls `body` with each `<data>` of `pending` (key, text, position), then the defaults of
  /// keys it lacks; reads the values in place.
  private func forEachValue(
    of pending: Pending, _ body: (Int, String, ElementPosition) throws -> Void
  ) throws {
    var i = pending.valuesStart
    while i < dataValues.count {
      try body(dataValues[i].key, dataValues[i].text, dataValues[i].position)
      i += 1
    }
    let defaults = pending.isNode ? nodeDefaults : edgeDefaults
    for index in defaults {
      var present = false
      var j = pending.valuesStart
      while j < dataValues.count && !present {
        present = dataValues[j].key == index
        j += 1
      }
      if !present { try body(index, keys[index].defaultValue ?? "", pending.position) }
    }
  }

  /// The text as a value of the key's declared type.
  /// - Throws: `FormatsError.invalidValue` when it does not parse.
  func typed(_ text: String, key index: Int, position: ElementPosition) throws -> AttributeValue {
    func invalid() -> FormatsError {
      .invalidValue(
        text, type: keys[index].type?.rawValue ?? "string", key: keys[index].name, location: resolve(position)
      )
    }
    switch keys[index].type {
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
      if let value = Self.simpleDecimal(text) { return .double(value) }
      guard let value = Double(text.trimmingWhitespace()) else { throw invalid() }
      return .double(value)
    case .string?, nil:
      return .string(text)
    }
  }

  /// Powers of ten a `Double` holds exactly.
  private static let exactPowersOfTen: [Double] = (0...15).map { (0..<$0).reduce(1.0) { r, _ in r * 10 } }

  /// `text` as a number when it is a plain decimal (`-?digits[.digits]`, at most 15 digits),
  /// else nil (then `Double(_:)` decides). Both the digits and the power of ten are exact
  /// doubles, so one division rounds correctly, as `Double(_:)` does (Clinger's fast path).
  /// - Complexity: O(length), no allocation.
  static func simpleDecimal(_ text: String) -> Double? {
    let parsed = text.utf8.withContiguousStorageIfAvailable { bytes -> Double? in
      var mantissa: UInt64 = 0
      var digits = 0
      var fractionDigits = 0
      var dot = false
      let negative = bytes.first == UInt8(ascii: "-")
      var i = negative ? 1 : 0
      while i < bytes.count {
        let byte = bytes[i]
        i += 1
        if byte &- 0x30 < 10 {
          digits += 1
          if digits > 15 { return nil }
          mantissa = mantissa &* 10 &+ UInt64(byte &- 0x30)
          if dot { fractionDigits += 1 }
        } else if byte == UInt8(ascii: ".") && !dot {
          dot = true
        } else {
          return nil
        }
      }
      guard digits > 0 else { return nil }
      let value = Double(mantissa) / exactPowersOfTen[fractionDigits]
      return negative ? -value : value
    }
    return parsed ?? nil
  }

  func entity(from pending: Pending) throws -> Entity {
    let id = pending.id ?? ""
    var entity = Entity(id: EntityID(rawValue: id), name: id, type: EntityType(rawValue: ""))
    var hasLabel = false
    // Style hints, compared with the type's style once the type is known: the first `color`
    // and `shape` values without an allocation, any further ones (keys repeating a name) after.
    var color: String?
    var shape: String?
    var moreHints: [(String, String)] = []
    try forEachValue(of: pending) { index, text, location in
      switch nodeFields[index] {
      case .label:
        entity.name = text
        hasLabel = true
      case .type: entity.type = EntityType(rawValue: text)
      case .aliases:
        entity.aliases = text.isEmpty ? [] : text.splitOn(GraphMLVocabulary.aliasSeparator)
      case .date: entity.date = text
      case .mentions:
        switch try typed(text, key: index, position: location) {
        case .int(let v): entity.mentionCount = Int(v)
        case .long(let v): entity.mentionCount = Int(v)
        default: break
        }
      case .hint:
        let name = keys[index].name
        if name == "color" && color == nil {
          color = text
        } else if name == "shape" && shape == nil {
          shape = text
        } else {
          moreHints.append((name, text))
        }
      default:
        entity.attributes[keys[index].name] = try typed(text, key: index, position: location)
      }
    }
    if !hasLabel, let label = pending.yEdLabel { entity.name = label }
    let style = EntityStyle.of(entity.type)
    if let color, color != style.color { entity.attributes["color"] = .string(color) }
    if let shape, shape != style.shapeHint { entity.attributes["shape"] = .string(shape) }
    for (name, text) in moreHints where text != (name == "color" ? style.color : style.shapeHint) {
      entity.attributes[name] = .string(text)
    }
    return entity
  }

  func relation(from pending: Pending) throws -> Relation {
    var relation = Relation(
      subject: EntityID(rawValue: pending.source),
      predicate: pending.gephiLabel.map(Predicate.init(rawValue:)) ?? GraphMLVocabulary.defaultPredicate,
      object: EntityID(rawValue: pending.target))
    var evidence: (String, ElementPosition, Int)?
    var weight: AttributeValue?
    try forEachValue(of: pending) { index, text, location in
      switch edgeFields[index] {
      case .predicate: relation.predicate = Predicate(rawValue: text)
      case .role: relation.role = text
      case .asOf: relation.asOf = text
      case .evidence: evidence = (text, location, index)
      case .confidence:
        switch try typed(text, key: index, position: location) {
        case .double(let v): relation.confidence = v
        case .int(let v): relation.confidence = Double(v)
        case .long(let v): relation.confidence = Double(v)
        default: break
        }
      case .weight:
        weight = try typed(text, key: index, position: location)
      default:
        relation.attributes[keys[index].name] = try typed(text, key: index, position: location)
      }
    }
    if let (text, location, index) = evidence {
      guard let parsed = GraphMLVocabulary.parseEvidence(text, confidence: relation.confidence) else {
        throw FormatsError.invalidValue(
          text, type: "evidence (document#sentence;…)", key: keys[index].name, location: resolve(location))
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
