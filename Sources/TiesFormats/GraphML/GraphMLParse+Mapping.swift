import TiesModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension GraphMLParse {
  /// Calls `body` with each `<data>` of `pending` (key, text, position), then the defaults of
  /// keys it lacks; the text is lent from `bytes` (`valueBytes`), valid during the call.
  private func forEachValue(
    of pending: Pending, in bytes: UnsafeBufferPointer<UInt8>,
    _ body: (Int, UnsafeBufferPointer<UInt8>, ElementPosition) throws -> Void
  ) throws {
    var i = pending.valuesStart
    while i < dataValues.count {
      let value = dataValues[i]
      try body(value.key, UnsafeBufferPointer(rebasing: bytes[value.start..<value.end]), value.position)
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
      if !present {
        try body(index, UnsafeBufferPointer(rebasing: bytes[defaultRanges[index]]), pending.position)
      }
    }
  }

  /// Whether `bytes` are `text`'s UTF-8.
  /// - Complexity: O(length), no allocation.
  private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
    var text = text
    return text.withUTF8 { utf8 in
      guard utf8.count == bytes.count else { return false }
      guard let a = utf8.baseAddress, let b = bytes.baseAddress else { return true }  // both empty
      return memcmp(a, b, bytes.count) == 0
    }
  }

  /// UTF-8 the parser checked, as a `String`.
  private static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  /// `typed(_:key:position:)` on the parser's bytes: plain integers and decimals are read
  /// straight from them, anything else goes through a `String`.
  func typed(_ bytes: UnsafeBufferPointer<UInt8>, key index: Int, position: ElementPosition) throws
    -> AttributeValue
  {
    switch keys[index].type {
    case .int?:
      if let value = Self.plainInteger(bytes) {
        return Int32(exactly: value).map { .int($0) } ?? .long(value)
      }
    case .long?:
      if let value = Self.plainInteger(bytes) { return .long(value) }
    case .float?, .double?:
      if let value = Self.simpleDecimal(bytes) { return .double(value) }
    case .string?, nil:
      return .string(Self.string(bytes))
    case .boolean?:
      break
    }
    return try typed(Self.string(bytes), key: index, position: position)
  }

  /// `bytes` as an integer when they are `-?digits` (1 to 18 digits), else nil.
  /// - Complexity: O(length), no allocation.
  static func plainInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    let negative = bytes.first == UInt8(ascii: "-")
    let digits = bytes.count - (negative ? 1 : 0)
    guard digits > 0 && digits <= 18 else { return nil }
    var value: Int64 = 0
    for byte in bytes[(negative ? 1 : 0)...] {
      guard byte &- 0x30 < 10 else { return nil }
      value = value * 10 + Int64(byte &- 0x30)
    }
    return negative ? -value : value
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
    let parsed = text.utf8.withContiguousStorageIfAvailable { simpleDecimal($0) }
    return parsed ?? nil
  }

  /// `simpleDecimal(_:)` on UTF-8 bytes.
  static func simpleDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
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

  func entity(from pending: Pending) throws -> Entity {
    try valueBytes.withUnsafeBufferPointer { try entity(from: pending, in: $0) }
  }

  private func entity(from pending: Pending, in bytes: UnsafeBufferPointer<UInt8>) throws -> Entity {
    let id = pending.id ?? ""
    var entity = Entity(id: EntityID(rawValue: id), name: id, type: EntityType(rawValue: ""))
    var hasLabel = false
    // Style hints, compared with the type's style once the type is known: the first `color`
    // and `shape` values as bytes, any further ones (keys repeating a name) as strings.
    var color: UnsafeBufferPointer<UInt8>?
    var shape: UnsafeBufferPointer<UInt8>?
    var moreHints: [(String, String)] = []
    try forEachValue(of: pending, in: bytes) { index, text, location in
      switch nodeFields[index] {
      case .label:
        entity.name = Self.string(text)
        hasLabel = true
      case .type: entity.type = EntityType(rawValue: Self.string(text))
      case .aliases:
        entity.aliases = text.isEmpty ? [] : Self.string(text).splitOn(GraphMLVocabulary.aliasSeparator)
      case .date: entity.date = Self.string(text)
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
          moreHints.append((name, Self.string(text)))
        }
      default:
        entity.attributes[keys[index].name] = try typed(text, key: index, position: location)
      }
    }
    if !hasLabel, let label = pending.yEdLabel { entity.name = label }
    let style = EntityStyle.of(entity.type)
    if let color, !Self.equal(color, style.color) { entity.attributes["color"] = .string(Self.string(color)) }
    if let shape, !Self.equal(shape, style.shapeHint) {
      entity.attributes["shape"] = .string(Self.string(shape))
    }
    for (name, text) in moreHints where text != (name == "color" ? style.color : style.shapeHint) {
      entity.attributes[name] = .string(text)
    }
    return entity
  }

  func relation(from pending: Pending) throws -> Relation {
    try valueBytes.withUnsafeBufferPointer { try relation(from: pending, in: $0) }
  }

  /// The fields are gathered in locals and the relation is built once at the end: filling a
  /// `Relation` in place from the closure copied it twice per edge.
  private func relation(from pending: Pending, in bytes: UnsafeBufferPointer<UInt8>) throws -> Relation {
    var predicate = pending.gephiLabel.map(Predicate.init(rawValue:)) ?? GraphMLVocabulary.defaultPredicate
    var role: String?
    var asOf: String?
    var confidence = 1.0
    var attributes: [String: AttributeValue] = [:]
    var evidenceText: (UnsafeBufferPointer<UInt8>, ElementPosition, Int)?
    var weight: AttributeValue?
    try forEachValue(of: pending, in: bytes) { index, text, location in
      switch edgeFields[index] {
      case .predicate: predicate = Predicate(rawValue: Self.string(text))
      case .role: role = Self.string(text)
      case .asOf: asOf = Self.string(text)
      case .evidence: evidenceText = (text, location, index)
      case .confidence:
        switch try typed(text, key: index, position: location) {
        case .double(let v): confidence = v
        case .int(let v): confidence = Double(v)
        case .long(let v): confidence = Double(v)
        default: break
        }
      case .weight:
        weight = try typed(text, key: index, position: location)
      default:
        attributes[keys[index].name] = try typed(text, key: index, position: location)
      }
    }
    var evidence: [Evidence] = []
    if let (text, location, index) = evidenceText {
      guard let parsed = GraphMLVocabulary.parseEvidence(utf8: text, confidence: confidence) else {
        throw FormatsError.invalidValue(
          Self.string(text), type: "evidence (document#sentence;…)", key: keys[index].name,
          location: resolve(location))
      }
      evidence = parsed
    }
    if let weight {
      let value: Double
      switch weight {
      case .int(let v): value = Double(v)
      case .long(let v): value = Double(v)
      case .double(let v): value = v
      default: value = .nan
      }
      if value != Double(max(evidence.count, 1)) { attributes["weight"] = weight }
    }
    return Relation(
      subject: EntityID(rawValue: pending.source), predicate: predicate,
      object: EntityID(rawValue: pending.target),
      role: role, asOf: asOf, confidence: confidence, evidence: evidence, attributes: attributes)
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
