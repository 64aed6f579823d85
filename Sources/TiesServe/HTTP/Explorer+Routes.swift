import Hummingbird
import TiesGraph
import TiesModel
import TiesQuery

extension Explorer {
  /// Registers every page and answer; all are GET (the explorer never writes).
  func addRoutes(to router: Router<BasicRequestContext>) {
    router.get("/") { _, _ in
      Reply.html(SearchPages.home(self.holder.current(), reloadError: self.holder.lastReloadError))
    }
    router.get("/search") { request, _ in
      Reply.html(SearchPages.results(QueryString(request.uri.query)["q"], self.holder.current()))
    }
    router.get("/entity/:id") { request, _ in
      self.page {
        let snapshot = self.holder.current()
        let v = try Self.vertex(request, prefix: "/entity/", snapshot)
        return EntityPage.render(snapshot.facts(of: v), snapshot)
      }
    }
    router.get("/path") { request, _ in
      self.page { try PathPage.render(QueryString(request.uri.query), self.holder.current()) }
    }
    router.get("/graph.svg") { request, _ in
      do {
        let picture = try PictureRequest(QueryString(request.uri.query))
        return Reply.svg(try await self.pictures.svg(picture, self.holder.current()))
      } catch {
        return Reply.errorPage(Self.serveError(error))
      }
    }
    router.get("/openapi.yaml") { _, _ in Reply.yaml(OpenAPIDocument.yaml) }
    addAPIRoutes(to: router)
  }

  private func addAPIRoutes(to router: Router<BasicRequestContext>) {
    router.get("/api/search") { request, _ in
      self.api {
        let parameters = QueryString(request.uri.query)
        guard let q = parameters["q"] else { throw ServeError.badParameter(name: "q", message: "missing") }
        let limit = try parameters.integer(
          "limit", default: Limits.searchResults, in: 1...Limits.searchResults)
        return Reply.json(API.search(q, limit: limit, self.holder.current()))
      }
    }
    router.get("/api/entity/:id") { request, _ in
      self.api {
        let snapshot = self.holder.current()
        let v = try Self.vertex(request, prefix: "/api/entity/", snapshot)
        return Reply.json(API.entity(snapshot.facts(of: v), snapshot))
      }
    }
    router.get("/api/path") { request, _ in
      self.api {
        let snapshot = self.holder.current()
        let request = try PathRequest(QueryString(request.uri.query))
        switch try request.answer(in: snapshot) {
        case .paths(let a, let b, let paths):
          return Reply.json(API.paths(request, a, b, paths, snapshot))
        case .unresolved(let name, let outcome):
          return Self.unresolved(name, outcome, snapshot)
        }
      }
    }
    router.get("/api/neighbors") { request, _ in
      self.api {
        let snapshot = self.holder.current()
        let parameters = QueryString(request.uri.query)
        guard let name = parameters["name"] else {
          throw ServeError.badParameter(name: "name", message: "missing")
        }
        let radius = try parameters.integer("radius", default: 1, in: 0...Limits.radius)
        let outcome = snapshot.matcher.match(name)
        guard case .found(let v) = outcome else { return Self.unresolved(name, outcome, snapshot) }
        return Reply.json(try API.neighbors(v, radius: radius, snapshot))
      }
    }
    router.get("/api/rank") { request, _ in
      self.api {
        let snapshot = self.holder.current()
        let parameters = QueryString(request.uri.query)
        let by = parameters["by"] ?? "degree"
        guard let measure = CentralityMeasure(rawValue: by) else {
          let names = CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")
          throw ServeError.badParameter(name: "by", message: "one of \(names)")
        }
        if measure.isQuadratic && snapshot.index.graph.vertexCount > Limits.quadraticRank {
          throw ServeError.tooExpensive(
            "\(by) visits every entity from every entity; on \(snapshot.index.graph.vertexCount) entities "
              + "that is too long to wait for here (the limit is \(Limits.quadraticRank)); use ties rank --by \(by)"
          )
        }
        let top = try parameters.integer("top", default: 10, in: 1...Limits.rankTop)
        let scores = try self.ranks.scores(measure, weighted: parameters.flag("weighted"), snapshot)
        return Reply.json(API.rank(measure, type: parameters["type"], top: top, snapshot, scores: scores))
      }
    }
  }

  /// The vertex whose id is the request path after `prefix` (percent-decoded).
  /// - Throws: `ServeError.unknownEntity`.
  static func vertex(_ request: Request, prefix: String, _ snapshot: GraphSnapshot) throws -> Int32 {
    let path = request.uri.path
    let raw = path.hasPrefix(prefix) ? path.dropFirst(prefix.count) : Substring(path)
    let id = QueryString.decode(raw.replacing("+", with: "%2B"))
    guard let v = snapshot.vertex(id: id) else { throw ServeError.unknownEntity(id) }
    return v
  }

  static func unresolved(_ name: String, _ outcome: NameMatcher.Outcome, _ snapshot: GraphSnapshot)
    -> Response
  {
    switch outcome {
    case .ambiguous(let candidates):
      let error = ServeError.badParameter(name: "name", message: "'\(name)' is ambiguous")
      return Reply.errorJSON(error, candidates: candidates.map { AnswerJSON.entity($0, in: snapshot.index) })
    case .unknown(let suggestions):
      let near = suggestions.map { AnswerJSON.entity($0, in: snapshot.index) }
      return Reply.errorJSON(ServeError.unknownName(name), candidates: near)
    case .found:
      return Reply.errorJSON(ServeError.unknownName(name))
    }
  }

  /// `body`'s page, or the error page of what it threw.
  func page(_ body: () throws -> String) -> Response {
    do {
      return Reply.html(try body())
    } catch {
      return Reply.errorPage(Self.serveError(error))
    }
  }

  /// `body`'s answer, or the JSON error of what it threw.
  func api(_ body: () throws -> Response) -> Response {
    do {
      return try body()
    } catch {
      return Reply.errorJSON(Self.serveError(error))
    }
  }

  /// `error` as the explorer reports it: its own errors as they are, graph errors as bad
  /// parameters (a predicate code out of range, say), anything else (the store failing) as
  /// unavailable.
  static func serveError(_ error: any Error) -> ServeError {
    if let error = error as? ServeError { return error }
    if let error = error as? GraphError { return .badParameter(name: "query", message: "\(error)") }
    return .unavailable("\(error)")
  }
}
