import TiesModel

/// One pass of `GraphMLReader` over one file: the reader, the declared keys and the element
/// being read. A struct, so that its state is checked for exclusive access at compile time
/// rather than on every access.
struct GraphMLParse {
  /// A `<node>` or `<edge>` whose `<data>` is being collected.
  struct Pending {
    var isNode: Bool
    var id: String?
    var source = ""
    var target = ""
    var gephiLabel: String?
    var position: ElementPosition
    /// Where this element's `<data>` values start in `GraphMLParse.dataValues`, and their
    /// text in `GraphMLParse.valueBytes`.
    var valuesStart = 0
    var bytesStart = 0
    var yEdLabel: String?
  }

  /// One `<data>` of an open element: its text is `valueBytes[start..<end]`, made into a
  /// `String` or a number only by the mapping that needs it. A struct rather than a tuple, so
  /// that the array's copies and removals use specialized code instead of the runtime's generic
  /// tuple witnesses.
  struct DataValue {
    var key: Int
    var start: Int
    var end: Int
    var position: ElementPosition
  }

  let reader: XMLTextReader
  /// Parsing one piece of a file for `GraphMLChunkedRead`: node ids are checked by the caller,
  /// `<key>` is not expected, and a warning only marks the piece as needing the sequential
  /// reader (`needsSequentialRead`) without being located.
  private let isChunk: Bool
  /// In a chunk: something the sequential reader must decide (a warning, or a `<key>`).
  private(set) var needsSequentialRead = false
  var warnings = WarningList()
  var keys: [GraphMLKey] = []
  var keyIndex: [String: Int] = [:]
  /// Each key's id as UTF-8, to compare with attribute values without making strings.
  var keyIDs: [[UInt8]] = []
  var keyIDsRepeat = false
  /// The key of the `<data>` that followed, last time: slot 0 the first in a node, 1 the first
  /// in an edge, `2 + k` the one after key `k` (-1: not seen yet).
  var nextKey: [Int] = [-1, -1]
  /// Per key: what its value becomes on a node and on an edge.
  var nodeFields: [GraphMLKey.Field] = []
  var edgeFields: [GraphMLKey.Field] = []
  /// Keys with a `<default>`, by domain (fixed when the graph starts).
  var nodeDefaults: [Int] = []
  var edgeDefaults: [Int] = []
  private var nodeIDs = Set<String>()
  private var unresolved: [(id: String, position: ElementPosition)] = []
  private var stack: [Pending] = []
  /// The `<data>` values of the open elements, innermost last (one buffer, reused).
  var dataValues: [DataValue] = []
  /// The text of those values, and first (from `<graph>` on) the keys' defaults, as UTF-8:
  /// one buffer, reused, so that reading a value allocates nothing.
  var valueBytes: [UInt8] = []
  /// Per key: where its default's text is in `valueBytes` (empty when it has none).
  var defaultRanges: [Range<Int>] = []
  private var directed = true
  private var graphDepth = 0
  private var graphsSeen = 0
  private var began = false

  // Text collection: inside <data> (or <default>), and inside a yEd NodeLabel, appended to
  // `valueBytes` from `textStart` (nil: not collecting).
  private var textStart: Int?
  private var dataKey: Int?
  private var dataPosition = ElementPosition(name: .none, ordinal: 0)
  /// Start tags seen so far, by qualified name (a document uses few names).
  private var ordinals: [(name: XMLAtom, count: Int)] = []
  private var lastOrdinal = 0
  let resolver: PositionResolver
  private var defaultKey: Int?
  private var labelDepth: Int?

  // Names interned in the reader's dictionary.
  private let graphmlAtom, keyAtom, defaultAtom, graphAtom, nodeAtom, edgeAtom, dataAtom, descAtom: XMLAtom
  private let idAtom, forAtom, attrNameAtom, attrTypeAtom, yfilesTypeAtom, edgedefaultAtom: XMLAtom
  private let sourceAtom, targetAtom, directedAtom, labelAtom, nodeLabelAtom: XMLAtom

  init(path: String) throws {
    let resolver = PositionResolver(path: path)
    if let doctype = resolver.doctypeInProlog() { throw FormatsError.doctypeForbidden(location: doctype) }
    try self.init(reader: XMLTextReader(path: path), resolver: resolver, isChunk: false)
  }

  /// A parse of one chunk of a file (`document` is the chunk wrapped in the file's root and
  /// graph start tags) with the keys the file declared before its graph.
  init(chunk document: MemoryDocument, of path: String, keys: GraphMLKeyTable) throws {
    try self.init(
      reader: XMLTextReader(document: document, path: path),
      resolver: PositionResolver(path: path, scans: false),
      isChunk: true)
    keys.install(in: &self)
  }

  private init(reader: XMLTextReader, resolver: PositionResolver, isChunk: Bool) {
    self.reader = reader
    self.resolver = resolver
    self.isChunk = isChunk
    graphmlAtom = reader.atom("graphml")
    keyAtom = reader.atom("key")
    defaultAtom = reader.atom("default")
    graphAtom = reader.atom("graph")
    nodeAtom = reader.atom("node")
    edgeAtom = reader.atom("edge")
    dataAtom = reader.atom("data")
    descAtom = reader.atom("desc")
    idAtom = reader.atom("id")
    forAtom = reader.atom("for")
    attrNameAtom = reader.atom("attr.name")
    attrTypeAtom = reader.atom("attr.type")
    yfilesTypeAtom = reader.atom("yfiles.type")
    edgedefaultAtom = reader.atom("edgedefault")
    sourceAtom = reader.atom("source")
    targetAtom = reader.atom("target")
    directedAtom = reader.atom("directed")
    labelAtom = reader.atom("label")
    nodeLabelAtom = reader.atom("NodeLabel")
  }

  /// Reads to the end (or, with `schemaOnly`, to the first `<graph>`).
  mutating func run<S: KnowledgeGraphSink>(into sink: inout S, schemaOnly: Bool) throws {
    // Depth of an element whose subtree is being passed over (still read, so that start tags
    // keep being counted for `ElementPosition`).
    var skipDepth: Int?
    while try reader.read() {
      let kind = reader.kind
      if let depth = skipDepth {
        if kind == .element {
          countOrdinal()
        } else if kind == .endElement && reader.depth == depth {
          skipDepth = nil
        }
        continue
      }
      switch kind {
      case .documentType:
        throw FormatsError.doctypeForbidden(location: reader.location)
      case .element:
        let empty = reader.isEmptyElement
        countOrdinal()
        if schemaOnly && reader.localName == graphAtom { return }
        if try !start(into: &sink) {
          if !empty { skipDepth = reader.depth }
          continue
        }
        if empty { try end(into: &sink) }
      case .endElement:
        try end(into: &sink)
      case .text, .whitespace:
        if labelDepth != nil {
          if reader.depth == (labelDepth ?? 0) + 1 { appendText() }
        } else if textStart != nil {
          appendText()
        }
      case .entityReference, .other:
        break
      }
    }
    if schemaOnly { return }
    guard began else { throw FormatsError.noGraph(location: here()) }
    for item in unresolved where !nodeIDs.contains(item.id) {
      throw FormatsError.undeclaredEndpoint(item.id, location: resolve(item.position))
    }
    try sink.end()
  }

  /// Records a warning; its location is found only the first time the message occurs.
  private mutating func warn(_ message: String, at position: ElementPosition? = nil) {
    if isChunk {
      needsSequentialRead = true
      return
    }
    if warnings.repeatIfSeen(message) { return }
    let location = resolve(position ?? self.position())
    warnings.add(message, at: location)
  }

  private mutating func appendText() {
    valueBytes.append(contentsOf: reader.valueBytes)
  }

  /// Starts collecting text.
  private mutating func beginText() {
    if let start = textStart { valueBytes.removeLast(valueBytes.count - start) }
    textStart = valueBytes.count
  }

  /// The text collected since `beginText`, as a string; stops collecting and frees its bytes.
  private mutating func takeText() -> String {
    guard let start = textStart else { return "" }
    let text = String(decoding: valueBytes[start...], as: UTF8.self)
    dropText()
    return text
  }

  /// Stops collecting text and frees what was collected.
  private mutating func dropText() {
    guard let start = textStart else { return }
    valueBytes.removeLast(valueBytes.count - start)
    textStart = nil
  }

  /// Counts start tags by qualified name, for `ElementPosition.ordinal`. Not in a chunk, whose
  /// positions are never resolved (any error there hands the file to the sequential reader).
  private mutating func countOrdinal() {
    if isChunk { return }
    let name = reader.qualifiedName
    if lastOrdinal < ordinals.count && ordinals[lastOrdinal].name == name {
      ordinals[lastOrdinal].count += 1
    } else if let i = ordinals.firstIndex(where: { $0.name == name }) {
      ordinals[i].count += 1
      lastOrdinal = i
    } else {
      lastOrdinal = ordinals.count
      ordinals.append((name, 1))
    }
  }

  /// The current element's position (its start tag was counted by `countOrdinal`). Inlined: a
  /// call copied the whole parse state (432 bytes) on every start tag.
  @inline(__always) private func position() -> ElementPosition {
    if isChunk { return ElementPosition(name: .none, ordinal: 0) }
    let name = reader.qualifiedName
    if lastOrdinal < ordinals.count && ordinals[lastOrdinal].name == name {
      return ElementPosition(name: name, ordinal: ordinals[lastOrdinal].count)
    }
    return ElementPosition(name: name, ordinal: ordinals.first { $0.name == name }?.count ?? 1)
  }

  /// The index of the key whose id is `id`, compared on the parser's bytes: first the key
  /// `guess` (files repeat one order of `<data>`, see `nextKey`; -1 for none), then, with
  /// `scan`, every key (cheaper than hashing for small key sets); nil otherwise, and the
  /// caller asks `keyIndex`. A repeated key id means its last declaration (no guess then).
  /// - Complexity: O(1) when the guess is right; O(keys · id length) otherwise.
  private static func keyNumber(_ id: XMLBorrowedText, guess: Int, in keyIDs: [[UInt8]], scan: Bool) -> Int? {
    if guess >= 0 && id.equals(keyIDs[guess]) { return guess }
    return scan ? keyIDs.lastIndex { id.equals($0) } : nil
  }

  /// The current element's location (scans the file: for errors and first warnings only).
  func here() -> InputLocation { resolve(position()) }

  /// The location of `position` (scans the file: for errors and first warnings only).
  func resolve(_ position: ElementPosition) -> InputLocation {
    resolver.resolve(position, name: reader.text(of: position.name))
  }

  /// Whether the current element is a GraphML one (in its namespace, or in none).
  private var isGraphML: Bool { reader.isInNamespace(orNone: Self.namespace) }

  private static let namespace = Array(GraphMLVocabulary.namespace.utf8CString)

  /// Handles a start tag; false to skip the element's subtree.
  private mutating func start<S: KnowledgeGraphSink>(into sink: inout S) throws -> Bool {
    let name = reader.localName
    guard isGraphML else { return foreignStart() }
    if dataKey != nil {
      warn("skipped <\(reader.nameText)> inside <data>")
      return false
    }
    switch name {
    case graphmlAtom: return true
    case keyAtom:
      if isChunk {
        needsSequentialRead = true
        return false
      }
      return try startKey()
    case defaultAtom:
      if let key = defaultKey {
        beginText()
        dataKey = key
      }
      return true
    case graphAtom: return try startGraph(into: &sink)
    case nodeAtom: return try startNode()
    case edgeAtom: return try startEdge()
    case dataAtom: return try startData()
    case descAtom: return false
    default:
      warn("skipped unsupported GraphML element <\(reader.nameText)>")
      return false
    }
  }

  /// An element outside the GraphML namespace: read into a yEd label, else skip with a warning.
  private mutating func foreignStart() -> Bool {
    if let key = dataKey, keys[key].isYFilesGraphics {
      if labelDepth == nil, reader.localName == nodeLabelAtom, stack.last?.yEdLabel == nil,
        !reader.isEmptyElement
      {
        labelDepth = reader.depth
        beginText()
      }
      return true
    }
    warn(
      "skipped element <\(reader.nameText)> of namespace \"\(reader.namespaceText)\"")
    return false
  }

  private mutating func startKey() throws -> Bool {
    var id: String?
    var name: String?
    var domain = GraphMLKey.Domain.all
    var typeText: String?
    var yfiles: String?
    try reader.forEachAttribute { local, value in
      switch local {
      case idAtom: id = value
      case forAtom:
        switch value {
        case "node": domain = .node
        case "edge": domain = .edge
        case "graph": domain = .graph
        case "all": domain = .all
        default: domain = .other
        }
      case attrNameAtom: name = value
      case attrTypeAtom: typeText = value
      case yfilesTypeAtom: yfiles = value
      default: break
      }
    }
    guard let id else {
      throw FormatsError.missingAttribute(element: "key", attribute: "id", location: here())
    }
    var type: GraphMLAttributeType?
    if let typeText {
      type = typeText == "integer" ? .int : GraphMLAttributeType(rawValue: typeText)
      if type == nil {
        warn("key \"\(id)\" has unknown attr.type \"\(typeText)\"; read as string")
      }
    } else if yfiles == nil && domain != .other {
      warn("key \"\(id)\" has no attr.type; read as string")
    }
    let key = GraphMLKey(
      id: id, name: name ?? id, domain: domain, type: type,
      isYFilesGraphics: yfiles == "nodegraphics" || yfiles == "edgegraphics", defaultValue: nil)
    if keyIndex[id] != nil { keyIDsRepeat = true }
    keyIndex[id] = keys.count
    keys.append(key)
    keyIDs.append(Array(id.utf8))
    nextKey.append(-1)
    nodeFields.append(key.nodeField)
    edgeFields.append(key.edgeField)
    defaultKey = reader.isEmptyElement ? nil : keys.count - 1
    return true
  }

  private mutating func startGraph<S: KnowledgeGraphSink>(into sink: inout S) throws -> Bool {
    defaultKey = nil
    if !stack.isEmpty {
      warn("nested graph flattened into the top-level graph")
      graphDepth += 1
      return true
    }
    graphsSeen += 1
    if graphsSeen > 1 {
      warn("only the first <graph> is read; later ones skipped")
      return false
    }
    var edgedefault = "directed"
    try reader.forEachAttribute { local, value in
      if local == edgedefaultAtom { edgedefault = value }
    }
    directed = edgedefault != "undirected"
    nodeDefaults = keys.indices.filter { keys[$0].defaultValue != nil && keys[$0].applies(to: .node) }
    edgeDefaults = keys.indices.filter { keys[$0].defaultValue != nil && keys[$0].applies(to: .edge) }
    valueBytes.removeAll(keepingCapacity: true)
    textStart = nil
    defaultRanges = keys.map { key in
      let start = valueBytes.count
      valueBytes.append(contentsOf: (key.defaultValue ?? "").utf8)
      return start..<valueBytes.count
    }
    graphDepth = 1
    began = true
    try sink.begin(directed: directed)
    return true
  }

  private mutating func startNode() throws -> Bool {
    guard graphDepth > 0 else {
      warn("skipped <node> outside a <graph>")
      return false
    }
    var id: String?
    let idAtom = idAtom  // the closures capture locals, not the whole parse state (a copy per call)
    try reader.forEachAttribute { local, value in
      if local == idAtom { id = value }
    }
    let position = position()
    guard let id else {
      throw FormatsError.missingAttribute(
        element: "node", attribute: "id", location: resolve(position))
    }
    guard isChunk || nodeIDs.insert(id).inserted else {
      throw FormatsError.duplicateNodeID(id, location: resolve(position))
    }
    stack.append(
      Pending(
        isNode: true, id: id, position: position, valuesStart: dataValues.count, bytesStart: valueBytes.count)
    )
    return true
  }

  private mutating func startEdge() throws -> Bool {
    guard graphDepth > 0 else {
      warn("skipped <edge> outside a <graph>")
      return false
    }
    var pending = Pending(
      isNode: false, position: position(), valuesStart: dataValues.count, bytesStart: valueBytes.count)
    var hasSource = false
    var hasTarget = false
    var edgeDirected: String?
    let (idAtom, sourceAtom, targetAtom) = (idAtom, sourceAtom, targetAtom)
    let (directedAtom, labelAtom) = (directedAtom, labelAtom)
    try reader.forEachAttribute { local, value in
      switch local {
      case idAtom: pending.id = value
      case sourceAtom:
        pending.source = value
        hasSource = true
      case targetAtom:
        pending.target = value
        hasTarget = true
      case directedAtom: edgeDirected = value
      case labelAtom: pending.gephiLabel = value
      default: break
      }
    }
    guard hasSource else {
      throw FormatsError.missingAttribute(
        element: "edge", attribute: "source", location: resolve(pending.position))
    }
    guard hasTarget else {
      throw FormatsError.missingAttribute(
        element: "edge", attribute: "target", location: resolve(pending.position))
    }
    if let edgeDirected, (edgeDirected == "true" || edgeDirected == "1") != directed {
      warn(
        "edge-level \"directed\" differs from edgedefault; ignored", at: pending.position)
    }
    stack.append(pending)
    return true
  }

  private mutating func startData() throws -> Bool {
    // The open node or edge, read in place: copying a `Pending` costs its strings' counts.
    let top = stack.indices.last
    let isNode = top.map { stack[$0].isNode } ?? true
    let valuesStart = top.map { stack[$0].valuesStart } ?? dataValues.count
    let previous =
      dataValues.count > valuesStart ? 2 + dataValues[dataValues.count - 1].key : (isNode ? 0 : 1)
    let guess = nextKey[previous]
    var hasKey = false
    var found: Int?
    var unknownID = ""
    // The closure captures locals only: capturing `self` would copy the whole parse state.
    let (keyAtom, keyIDs, unique, small) = (keyAtom, keyIDs, !keyIDsRepeat, keys.count <= 24)
    try reader.forEachAttributeText { local, value in
      guard local == keyAtom else { return }
      hasKey = true
      found = Self.keyNumber(value, guess: unique ? guess : -1, in: keyIDs, scan: small)
      if found == nil { unknownID = value.string }
    }
    if found == nil && hasKey && !small { found = keyIndex[unknownID] }
    let position = position()
    guard hasKey else {
      throw FormatsError.missingAttribute(
        element: "data", attribute: "key", location: resolve(position))
    }
    guard top != nil else {
      if let index = found, keys[index].domain == .graph || keys[index].domain == .all {
        warn("graph-level data skipped", at: position)
      } else if found == nil {
        throw FormatsError.undeclaredKey(unknownID, location: resolve(position))
      }
      return false
    }
    guard let index = found, keys[index].domain == (isNode ? .node : .edge) || keys[index].domain == .all
    else {
      throw FormatsError.undeclaredKey(found.map { keys[$0].id } ?? unknownID, location: resolve(position))
    }
    var i = valuesStart
    while i < dataValues.count {
      if dataValues[i].key == index {
        throw FormatsError.repeatedData(key: keys[index].id, location: resolve(position))
      }
      i += 1
    }
    nextKey[previous] = index
    dataKey = index
    dataPosition = position
    beginText()
    return true
  }

  private mutating func end<S: KnowledgeGraphSink>(into sink: inout S) throws {
    let name = reader.localName
    if let depth = labelDepth {
      if reader.depth == depth && name == nodeLabelAtom {
        labelDepth = nil
        let label = takeText().trimmingWhitespace()
        if !stack.isEmpty && !label.isEmpty { stack[stack.count - 1].yEdLabel = label }
      }
      return
    }
    guard isGraphML else { return }
    switch name {
    case dataAtom:
      if let key = dataKey, !keys[key].isYFilesGraphics, !stack.isEmpty, let start = textStart {
        dataValues.append(DataValue(key: key, start: start, end: valueBytes.count, position: dataPosition))
        textStart = nil
      } else {
        dropText()
      }
      dataKey = nil
    case defaultAtom:
      let text = takeText()
      if let key = dataKey { keys[key].defaultValue = text }
      dataKey = nil
    case keyAtom:
      defaultKey = nil
    case graphAtom:
      graphDepth -= 1
    case nodeAtom, edgeAtom:
      guard let pending = stack.popLast() else { return }
      defer {
        dataValues.removeLast(dataValues.count - pending.valuesStart)
        valueBytes.removeLast(valueBytes.count - pending.bytesStart)
      }
      if pending.isNode {
        try sink.node(try entity(from: pending))
      } else {
        if !isChunk {
          if !nodeIDs.contains(pending.source) { unresolved.append((pending.source, pending.position)) }
          if !nodeIDs.contains(pending.target) { unresolved.append((pending.target, pending.position)) }
        }
        try sink.edge(try relation(from: pending), id: pending.id)
      }
    default:
      break
    }
  }
}

extension String {
  /// Without leading and trailing white space; returns `self` at once when the ends are not
  /// white space (the common case for numbers and booleans).
  func trimmingWhitespace() -> String {
    guard let first = utf8.first, let last = utf8.last else { return self }
    if first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80 { return self }
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[start...end])
  }
}

/// The keys a file declares before its graph, taken from one parse to start others with
/// (`GraphMLChunkedRead` parses pieces of a file, each with its own reader).
struct GraphMLKeyTable: Sendable {
  private let keys: [GraphMLKey]
  private let keyIndex: [String: Int]
  private let keyIDs: [[UInt8]]
  private let keyIDsRepeat: Bool
  private let nodeFields: [GraphMLKey.Field]
  private let edgeFields: [GraphMLKey.Field]

  init(of parse: GraphMLParse) {
    keys = parse.keys
    keyIndex = parse.keyIndex
    keyIDs = parse.keyIDs
    keyIDsRepeat = parse.keyIDsRepeat
    nodeFields = parse.nodeFields
    edgeFields = parse.edgeFields
  }

  func install(in parse: inout GraphMLParse) {
    parse.keys = keys
    parse.keyIndex = keyIndex
    parse.keyIDs = keyIDs
    parse.keyIDsRepeat = keyIDsRepeat
    parse.nextKey = [Int](repeating: -1, count: 2 + keys.count)
    parse.nodeFields = nodeFields
    parse.edgeFields = edgeFields
  }
}
