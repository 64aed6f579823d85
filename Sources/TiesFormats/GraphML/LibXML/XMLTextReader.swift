import CLibXML2
import TiesModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A name interned in a reader's dictionary: two atoms of one reader are equal exactly when
/// the names are, so element names compare without building Swift strings.
///
/// It only identifies a name; it is never dereferenced.
struct XMLAtom: Hashable {
  fileprivate let bits: UInt
  static let none = XMLAtom(bits: 0)
}

/// What kind of node the reader stands on.
enum XMLNodeKind {
  case element, endElement, text, whitespace, documentType, entityReference, other
}

/// The one owner of an `xmlTextReaderPtr` reading a file as hostile input; frees it in
/// `deinit`.
///
/// Options: `XML_PARSE_NONET`, `COMPACT` and `NOBLANKS`; never `NOENT` (entity substitution, the XXE vector),
/// `DTDLOAD` or `HUGE` (which lifts the limits that stop entity bombs). Callers refuse a
/// DOCTYPE as soon as they see one. The first error libxml2 reports is kept, with its line
/// and column, so that a failed `read()` throws it.
final class XMLTextReader: LibXMLOwner {
  private let reader: xmlTextReaderPtr
  let path: String
  private var firstError: (message: String, line: Int, column: Int, encoding: Bool)?

  /// Opens `path`.
  /// - Throws: `FormatsError.io` when the file cannot be opened.
  convenience init(path: String) throws {
    LibXML.initialize()
    guard let reader = xmlReaderForFile(path, nil, Self.options) else {
      throw FormatsError.io(path: path, message: "cannot open file")
    }
    self.init(reader: reader, path: path, memory: nil)
  }

  /// Reads a document held in memory, kept until the reader is freed; `path` names it in
  /// messages.
  /// - Throws: `FormatsError.io` when libxml2 cannot start a reader (too large, or out of memory).
  convenience init(document: MemoryDocument, path: String) throws {
    LibXML.initialize()
    let count = document.bytes.count
    guard count <= Int(Int32.max),
      let reader = document.bytes.withMemoryRebound(
        to: CChar.self, { xmlReaderForMemory($0.baseAddress, Int32(count), path, nil, Self.options) })
    else {
      throw FormatsError.io(path: path, message: "cannot read \(count) bytes from memory")
    }
    self.init(reader: reader, path: path, memory: document)
  }

  // NOBLANKS drops whitespace between elements (half of a pretty-printed file's nodes);
  // whitespace-only element content, such as `<data key="k"> </data>`, is kept.
  private static let options = Int32(
    XML_PARSE_NONET.rawValue | XML_PARSE_COMPACT.rawValue | XML_PARSE_NOBLANKS.rawValue)

  /// The document the reader reads from memory, if it does.
  private let memory: MemoryDocument?

  private init(reader: xmlTextReaderPtr, path: String, memory: MemoryDocument?) {
    self.reader = reader
    self.path = path
    self.memory = memory
    let context = Unmanaged.passUnretained(self).toOpaque()
    xmlTextReaderSetStructuredErrorHandler(
      reader,
      { context, error in
        guard let context, let error else { return }
        let owner = Unmanaged<XMLTextReader>.fromOpaque(context).takeUnretainedValue()
        owner.record(error.pointee)
      }, context)
  }

  deinit { xmlFreeTextReader(reader) }

  private func record(_ error: xmlError) {
    guard firstError == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    let message = error.message.map { trimmedMessage(String(cString: $0)) } ?? "parse error"
    let code = Int(error.code)
    let encoding =
      code == Int(XML_ERR_INVALID_CHAR.rawValue) && message.contains("UTF-8")
      || code == Int(XML_ERR_INVALID_ENCODING.rawValue)
    firstError = (message, Int(error.line), Int(error.int2), encoding)
  }

  /// Where the parser stands: line and column of the input consumed so far.
  var location: InputLocation {
    InputLocation(
      path: path, line: Int(xmlTextReaderGetParserLineNumber(reader)),
      column: Int(xmlTextReaderGetParserColumnNumber(reader)),
      byteOffset: Int(xmlTextReaderByteConsumed(reader)))
  }

  func failure(in function: String) -> FormatsError {
    if let error = firstError {
      let location = InputLocation(path: path, line: error.line, column: error.column)
      if error.encoding { return .invalidUTF8(location: location) }
      return .libxml(function: function, message: error.message, location: location)
    }
    return .libxml(function: function, message: lastLibXMLErrorMessage() ?? "read failed", location: location)
  }

  /// The node the reader stands on, read through its fields rather than through the reader's
  /// accessors: `xmlTextReaderConstNamespaceUri` and `ConstName` look their answer up in the
  /// dictionary (hashing the namespace URI) on every call, and walking attributes with
  /// `MoveToNextAttribute` costs a call per step. Valid until the next `read()`, which may free it.
  private var node: xmlNodePtr?

  /// Moves to the next node in document order; false at the end of the document.
  func read() throws -> Bool {
    let more = try check(xmlTextReaderRead(reader), #function) == 1
    node = more ? xmlTextReaderCurrentNode(reader) : nil
    return more
  }

  var kind: XMLNodeKind {
    switch xmlTextReaderNodeType(reader) {
    case Int32(XML_READER_TYPE_ELEMENT.rawValue): return .element
    case Int32(XML_READER_TYPE_END_ELEMENT.rawValue): return .endElement
    case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue): return .text
    case Int32(XML_READER_TYPE_WHITESPACE.rawValue),
      Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
      return .whitespace
    case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue): return .documentType
    case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue): return .entityReference
    default: return .other
    }
  }

  /// Nesting depth of the current node (the root element is 0).
  var depth: Int { Int(xmlTextReaderDepth(reader)) }

  var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

  /// The atom for `name` in this reader's dictionary.
  func atom(_ name: String) -> XMLAtom {
    XMLAtom(bits: UInt(bitPattern: xmlTextReaderConstString(reader, name)))
  }

  /// The local name of the current element (start or end tag); the parser interns element
  /// names in the reader's dictionary, so this is the pointer `atom(_:)` returns for it.
  var localName: XMLAtom { XMLAtom(bits: UInt(bitPattern: node?.pointee.name)) }

  /// Whether the current element is in no namespace or in the namespace whose URI is
  /// `uri` (NUL-terminated). One byte comparison; no dictionary lookup.
  func isInNamespace(orNone uri: [CChar]) -> Bool {
    guard let href = node?.pointee.ns?.pointee.href else { return true }
    return strcmp(UnsafeRawPointer(href).assumingMemoryBound(to: CChar.self), uri) == 0
  }

  /// The qualified name (`y:ShapeNode`) of the current element as an atom: the local name
  /// when it has no prefix, else the reader's interned `prefix:name`.
  var qualifiedName: XMLAtom {
    if node?.pointee.ns?.pointee.prefix == nil { return localName }
    return XMLAtom(bits: UInt(bitPattern: xmlTextReaderConstName(reader)))
  }

  /// The text of an atom of this reader.
  func text(of atom: XMLAtom) -> String {
    UnsafePointer<xmlChar>(bitPattern: atom.bits).map { String(cString: $0) } ?? ""
  }

  /// The qualified name, for messages.
  var nameText: String { xmlTextReaderConstName(reader).map { String(cString: $0) } ?? "" }
  var namespaceText: String {
    xmlTextReaderConstNamespaceUri(reader).map { String(cString: $0) } ?? ""
  }

  /// The text of a text, CDATA or whitespace node, as the parser's own bytes (valid UTF-8,
  /// without a NUL), valid until the next `read()`.
  var valueBytes: UnsafeBufferPointer<UInt8> {
    guard let content = node?.pointee.content else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(
      start: content, count: strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self)))
  }

  /// Calls `body` with each attribute of the current element, by local name and value
  /// (namespace declarations are not attributes here).
  func forEachAttribute(_ body: (XMLAtom, String) throws -> Void) throws {
    try forEachAttributeText { local, value in try body(local, value.string) }
  }

  /// Like `forEachAttribute`, with each value as the parser's own bytes, so that a value
  /// only compared (a `<data key>`) never becomes a `String`. The bytes are valid only
  /// during the call of `body`.
  /// - Complexity: O(attributes); a value holding entity references (not plain text) is
  ///   assembled by libxml2 and freed after the call.
  func forEachAttributeText(_ body: (XMLAtom, XMLBorrowedText) throws -> Void) throws {
    var attribute = node?.pointee.type == XML_ELEMENT_NODE ? node?.pointee.properties : nil
    while let current = attribute {
      let name = XMLAtom(bits: UInt(bitPattern: current.pointee.name))
      let children = current.pointee.children
      if children == nil {
        try body(name, XMLBorrowedText(nil))  // an empty value
      } else if let text = children, text.pointee.type == XML_TEXT_NODE, text.pointee.next == nil {
        try body(name, XMLBorrowedText(text.pointee.content))
      } else {
        let assembled = xmlNodeListGetString(current.pointee.doc, children, 1)
        defer { free(assembled) }  // libxml2's default allocator is malloc; Ties never replaces it
        try body(name, XMLBorrowedText(assembled))
      }
      attribute = current.pointee.next
    }
  }
}

/// A NUL-terminated UTF-8 string the reader owns, lent to a closure: read it there, or copy
/// it into a `String`, but never keep it (the reader reuses the memory on its next move).
struct XMLBorrowedText {
  private let pointer: UnsafePointer<xmlChar>?

  fileprivate init(_ pointer: UnsafePointer<xmlChar>?) { self.pointer = pointer }

  /// A copy as a `String` ("" for none).
  var string: String { pointer.map { String(cString: $0) } ?? "" }

  /// Whether the text is exactly `bytes`.
  /// - Complexity: O(`bytes.count`), no allocation.
  func equals(_ bytes: [UInt8]) -> Bool {
    guard let pointer else { return bytes.isEmpty }
    return bytes.withUnsafeBufferPointer { b in
      let n = b.count
      for i in 0..<n where pointer[i] != b[i] { return false }
      return pointer[n] == 0
    }
  }
}

/// Bytes in memory with one owner, freed with it: a document for `XMLTextReader(document:)`,
/// filled once (by `fill`) and never moved, as libxml2 reads it in place.
final class MemoryDocument: @unchecked Sendable {
  let bytes: UnsafeMutableBufferPointer<UInt8>
  private let allocation: UnsafeMutableBufferPointer<UInt8>

  /// `count` bytes, written by `fill`, which returns how many it wrote (the document is cut
  /// to that many).
  init(count: Int, fill: (UnsafeMutableBufferPointer<UInt8>) -> Int) {
    allocation = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(count, 1))
    let written = fill(UnsafeMutableBufferPointer(rebasing: allocation[0..<count]))
    bytes = UnsafeMutableBufferPointer(rebasing: allocation[0..<min(max(written, 0), count)])
  }

  deinit { allocation.deallocate() }
}
