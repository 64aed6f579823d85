import Dispatch
import Foundation
import TiesExtraction
import TiesGraph
import TiesModel
import TiesResolution
import TiesStore

/// The library's one way in for `build`, `ingest` and `extract`: extraction and resolution
/// put together, writing through a `GraphStore`. The `ties` commands only parse options, call
/// this and print; a Swift program can do everything they do with the same calls.
public struct GraphPipeline: Sendable {
  public let extractor: Extractor
  public let resolver: Resolver

  /// A pipeline with the built-in lexicons and the user's lexicon at `lexiconPath` (a missing
  /// file is no error).
  /// - Throws: `LexiconError` naming the file, line and column of a bad entry.
  public init(lexiconPath: String?) throws {
    self.init(lexicon: try Lexicon.load(userFile: lexiconPath))
  }

  public init(lexicon: Lexicon) {
    extractor = Extractor(lexicon: lexicon)
    resolver = Resolver(
      knowledge: ResolutionKnowledge(familyNames: lexicon.familyNames, knownNames: lexicon.knownNames()))
  }

  /// Extracts every file, on every core, returning the extractions in the order of `files`.
  ///
  /// - Parameters:
  ///   - progress: called after each finished chunk of files with the number done so far, on
  ///     the calling thread.
  /// - Throws: the `ExtractionError` of the first file (in the order of `files`) that fails.
  /// - Complexity: O(total size of the files) / cores.
  public func extract(
    _ files: [InputFile], lossy: Bool, progress: ((Int) -> Void)? = nil
  ) throws -> [DocumentExtraction] {
    var out: [DocumentExtraction] = []
    out.reserveCapacity(files.count)
    let chunk = max(1, min(64, files.count / (2 * Self.threads) + 1))
    var start = 0
    while start < files.count {
      let end = min(files.count, start + chunk * Self.threads)
      out += try extractConcurrently(Array(files[start..<end]), lossy: lossy)
      start = end
      progress?(start)
    }
    return out
  }

  /// The threads that extract articles and find their buckets: one per core.
  static let threads = ProcessInfo.processInfo.activeProcessorCount

  /// Extracts `files` concurrently, one task per file.
  private func extractConcurrently(_ files: [InputFile], lossy: Bool) throws -> [DocumentExtraction] {
    let results = ResultSlots<DocumentExtraction>(count: files.count)
    Parallel.forEachIndex(files.count, threads: Self.threads) { i in
      results.set(i, Result { try extractor.extract(file: files[i], lossy: lossy) })
    }
    return try results.values()
  }

  /// Resolves `extractions` into one graph: what `ties extract` prints.
  public func resolve(_ extractions: [DocumentExtraction]) -> Resolver.Result {
    resolver.resolve(extractions)
  }
}

/// One result per index, filled from several threads.
final class ResultSlots<T>: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [Result<T, any Error>?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ i: Int, _ result: Result<T, any Error>) {
    lock.lock()
    slots[i] = result
    lock.unlock()
  }

  /// The values in order; the first failure is thrown.
  func values() throws -> [T] {
    lock.lock()
    defer { lock.unlock() }
    return try slots.map { slot in
      guard let slot else { preconditionFailure("a slot was never filled") }
      return try slot.get()
    }
  }
}

/// Work started on another thread, whose value (or error) is waited for once it is needed.
final class Pending<T: Sendable>: @unchecked Sendable {
  private let finished = DispatchSemaphore(value: 0)
  private var result: Result<T, any Error> = .failure(CancellationError())

  init(_ work: @escaping @Sendable () throws -> T) {
    DispatchQueue.global().async {
      self.result = Result { try work() }
      self.finished.signal()
    }
  }

  /// Waits until the work is done; its value, or the error it threw. May be called again.
  func value() throws -> T {
    finished.wait()
    defer { finished.signal() }
    return try result.get()
  }

  /// `value()`, handed over: this no longer holds it (a later call throws
  /// `CancellationError`), so that the caller's copy is the last.
  func take() throws -> T {
    finished.wait()
    defer { finished.signal() }
    let taken = result
    result = .failure(CancellationError())
    return try taken.get()
  }
}

/// Frees `value` on a thread of its own: what a build's resolution leaves (millions of
/// mentions, relations and their evidence) took its writing thread most of a second to free,
/// while the other core had nothing to do. The caller must hand over the last copy
/// (`consume`), or the last one released frees it where it is.
/// - Complexity: O(1) on the calling thread (a thread start, tens of microseconds).
func releaseElsewhere<T>(_ value: consuming T) {
  let box = ReleaseBox(value)
  Thread.detachNewThread { box.release() }
}

/// A value that one thread drops for another.
private final class ReleaseBox<T>: @unchecked Sendable {
  private var value: T?
  init(_ value: consuming T) { self.value = consume value }
  func release() { value = nil }
}

/// A value one thread gives another once, which may never come: `value()` waits until it is
/// put or the giver closes the hand-off without it.
final class Handoff<T: Sendable>: @unchecked Sendable {
  private let ready = DispatchSemaphore(value: 0)
  private let lock = NSLock()
  private var given: T?
  private var done = false

  /// Gives `value`; later calls, and `close()`, change nothing.
  func put(_ value: T) {
    lock.lock()
    defer { lock.unlock() }
    guard !done else { return }
    given = value
    done = true
    ready.signal()
  }

  /// Ends the hand-off without a value when none was put.
  func close() {
    lock.lock()
    defer { lock.unlock() }
    guard !done else { return }
    done = true
    ready.signal()
  }

  /// Waits until a value is put (and returns it) or the hand-off closes without one (nil).
  /// May be called again.
  func value() -> T? {
    ready.wait()
    defer { ready.signal() }
    lock.lock()
    defer { lock.unlock() }
    return given
  }

  /// `value()`, handed over: this no longer holds it (a later call gives nil).
  func take() -> T? {
    ready.wait()
    defer { ready.signal() }
    lock.lock()
    defer { lock.unlock() }
    defer { given = nil }
    return given
  }
}
