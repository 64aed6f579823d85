import ArgumentParser
import TiesModel
import TiesQuery

extension NameMatcher {
  /// The vertex `name` stands for. When it is ambiguous, prints the candidates; when it is
  /// unknown, prints the nearest names as suggestions; either way then throws exit code 3.
  /// Used by `ties path` and the other graph commands, and by `ties export --path`, so that
  /// names are matched and refused alike everywhere.
  /// - Throws: `ExitCode(3)` after printing the candidates or suggestions.
  /// - Complexity: that of `match(_:)`.
  func vertex(named name: String) throws -> Int32 {
    switch match(name) {
    case .found(let v):
      return v
    case .ambiguous(let candidates):
      Diagnostics.error("error: '\(name)' is ambiguous; candidates:")
      for v in candidates { Diagnostics.error("  " + describe(v)) }
    case .unknown(let suggestions):
      Diagnostics.error("error: no entity named '\(name)'" + (suggestions.isEmpty ? "" : "; did you mean:"))
      for v in suggestions { Diagnostics.error("  " + describe(v)) }
    }
    throw ExitCode(ExitCodes.notFound)
  }

  /// `Name [type] id`.
  func describe(_ v: Int32) -> String {
    "\(index.names[Int(v)]) [\(index.type(of: v).rawValue)] \(index.ids[Int(v)].rawValue)"
  }
}
