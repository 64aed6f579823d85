import TiesModel

/// Everything that can go wrong reading or writing GraphML, DOT or JSON.
///
/// Cases that concern an input carry its `InputLocation`, so `description` reads like
/// `in.graphml:12:5: error: duplicate node id "n1"`.
public enum FormatsError: LocatedError, Equatable, Sendable {
  /// A libxml2 call failed; `function` names the Swift wrapper that made it.
  case libxml(function: String, message: String, location: InputLocation?)
  /// The document has a DOCTYPE (and so could declare entities); GraphML never needs one.
  case doctypeForbidden(location: InputLocation)
  /// The input is not valid UTF-8 (or not valid in its declared encoding).
  case invalidUTF8(location: InputLocation)
  /// Two `<node>` elements share an id.
  case duplicateNodeID(String, location: InputLocation)
  /// A `<data key=…>` names no `<key>` declared for that element.
  case undeclaredKey(String, location: InputLocation)
  /// One element carries two `<data>` for the same key.
  case repeatedData(key: String, location: InputLocation)
  /// An edge names a node that the document never declares.
  case undeclaredEndpoint(String, location: InputLocation)
  /// A required XML attribute is missing (for example `<node>` without `id`).
  case missingAttribute(element: String, attribute: String, location: InputLocation)
  /// A value does not parse as its declared type (for example boolean `yes`).
  case invalidValue(String, type: String, key: String, location: InputLocation)
  /// The file has no `<graph>` element.
  case noGraph(location: InputLocation)
  /// Writing: an attribute was neither declared in the `GraphMLSchema` nor convertible to it.
  case attributeNotInSchema(name: String, element: String)
  /// Writing: two distinct ids map to the same NMTOKEN-safe id.
  case idCollision(String, String)
  /// A file could not be created, written or renamed.
  case io(path: String, message: String)

  public var location: InputLocation? {
    switch self {
    case .libxml(_, _, let location): return location
    case .doctypeForbidden(let location), .invalidUTF8(let location), .noGraph(let location):
      return location
    case .duplicateNodeID(_, let location), .undeclaredKey(_, let location),
      .repeatedData(_, let location), .undeclaredEndpoint(_, let location):
      return location
    case .missingAttribute(_, _, let location), .invalidValue(_, _, _, let location):
      return location
    case .io(let path, _): return InputLocation(path: path)
    case .attributeNotInSchema, .idCollision: return nil
    }
  }

  public var message: String {
    switch self {
    case .libxml(let function, let message, _): return "libxml2 (\(function)): \(message)"
    case .doctypeForbidden: return "DOCTYPE is not allowed in GraphML input (entities are refused)"
    case .invalidUTF8: return "invalid UTF-8"
    case .duplicateNodeID(let id, _): return "duplicate node id \"\(id)\""
    case .undeclaredKey(let key, _): return "data key \"\(key)\" is not declared for this element"
    case .repeatedData(let key, _): return "data key \"\(key)\" given twice on one element"
    case .undeclaredEndpoint(let id, _): return "edge endpoint \"\(id)\" is not a declared node"
    case .missingAttribute(let element, let attribute, _):
      return "<\(element)> lacks the required attribute \"\(attribute)\""
    case .invalidValue(let value, let type, let key, _):
      return "\"\(value)\" is not a valid \(type) for key \"\(key)\""
    case .noGraph: return "no <graph> element"
    case .attributeNotInSchema(let name, let element):
      return "\(element) attribute \"\(name)\" is not declared in the GraphML schema"
    case .idCollision(let a, let b): return "ids \"\(a)\" and \"\(b)\" map to the same XML id"
    case .io(_, let message): return message
    }
  }
}
