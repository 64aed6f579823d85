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
    var mantissa: UInt64 = 0
    var digits = 0
    var fractionDigits = 0
    var negative = false
    var dot = false
    for (i, byte) in text.utf8.enumerated() {
      switch byte {
      case 0x30...0x39:
        digits += 1
        if digits > 15 { return nil }
        mantissa = mantissa * 10 + UInt64(byte - 0x30)
        if dot { fractionDigits += 1 }
      case UInt8(ascii: "-") where i == 0: negative = true
      case UInt8(ascii: ".") where !dot: dot = true
      default: return nil
      }
    }
    guard digits > 0 else { return nil }
    let value = Double(mantissa) / exactPowersOfTen[fractionDigits]
    return negative ? -value : value
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
        if key.name == "color" && color == nil {
          color = text
        } else if key.name == "shape" && shape == nil {
          shape = text
        } else {
          moreHints.append((key.name, text))
        }
      default:
        entity.attributes[key.name] = try typed(text, key: key, position: location)
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
    var evidence: (String, ElementPosition, GraphMLKey)?
    var weight: AttributeValue?
    try forEachValue(of: pending) { index, text, location in
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
