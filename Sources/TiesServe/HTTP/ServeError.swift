import Hummingbird

/// Why a request is answered with an error status; `message` is shown to the user (escaped).
enum ServeError: Error, Equatable {
  /// No entity has this id (404).
  case unknownEntity(String)
  /// No entity is named so, not even forgivingly (404).
  case unknownName(String)
  /// A parameter is missing or malformed (400).
  case badParameter(name: String, message: String)
  /// The question is too expensive for this graph (422), with what to do instead.
  case tooExpensive(String)
  /// Graphviz is missing, busy, too slow or failed (503).
  case pictureUnavailable(String)
  /// The store failed to answer (503).
  case unavailable(String)

  var status: HTTPResponse.Status {
    switch self {
    case .unknownEntity, .unknownName: return .notFound
    case .badParameter: return .badRequest
    case .tooExpensive: return .unprocessableContent
    case .pictureUnavailable, .unavailable: return .serviceUnavailable
    }
  }

  var message: String {
    switch self {
    case .unknownEntity(let id): return "no entity has the id '\(id)'"
    case .unknownName(let name): return "no entity is named '\(name)'"
    case .badParameter(let name, let message): return "parameter '\(name)': \(message)"
    case .tooExpensive(let message): return message
    case .pictureUnavailable(let message), .unavailable(let message): return message
    }
  }
}
