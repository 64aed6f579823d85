import ArgumentParser
import Foundation
import TiesServe

struct Serve: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Explore the graph in a web browser: search, entities, paths, pictures and a JSON API.",
    discussion: """
      Serves plain HTML pages (no script, nothing fetched from elsewhere) and JSON answers \
      described at /openapi.yaml; read-only. It listens on 127.0.0.1 (this machine only) \
      unless --host says otherwise, and reloads the graph when the store changes. Pictures \
      need Graphviz. Stop it with Ctrl-C.

      Example: ties serve --port 8080, then open http://127.0.0.1:8080/

      Exit codes: 0 stopped, 2 no graph or store error, 1 the address cannot be bound.
      """)

  @OptionGroup var global: GlobalOptions
  @Option(help: "The address to listen on (0.0.0.0 for every network).") var host = "127.0.0.1"
  @Option(help: "The port (0: any free port).") var port = 8080

  func validate() throws {
    if !(0...65_535).contains(port) { throw ValidationError("--port must be from 0 to 65535") }
  }

  func run() throws {
    let (host, port, graph) = (self.host, self.port, global.graph)
    let explorer = try Diagnostics.reporting {
      try Explorer(configuration: ExplorerConfiguration(graphDirectory: graph, host: host, port: port))
    }
    let (entities, relations) = explorer.size
    do {
      try runBlocking {
        try await explorer.run { address, bound in
          emit("serving \(entities) entities and \(relations) relations at http://\(address):\(bound)/\n")
        }
      }
    } catch {
      Diagnostics.error("error: cannot serve on \(host):\(port): \(error)")
      throw ExitCode(ExitCodes.inputError)
    }
  }
}

/// Runs `body` on the concurrency pool and waits for it (`ties` is a synchronous command).
private func runBlocking(_ body: @escaping @Sendable () async throws -> Void) throws {
  let done = DispatchSemaphore(value: 0)
  let outcome = LockedResult()
  Task {
    do { try await body() } catch { outcome.set(error) }
    done.signal()
  }
  done.wait()
  if let error = outcome.error { throw error }
}

private final class LockedResult: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: (any Error)?
  func set(_ error: any Error) { lock.withLock { stored = error } }
  var error: (any Error)? { lock.withLock { stored } }
}
