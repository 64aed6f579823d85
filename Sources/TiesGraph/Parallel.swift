import Synchronization

#if os(Linux)
  import Glibc
#else
  import Darwin
  import Dispatch
#endif

/// Fixed-size fork–join for the parallel algorithms: the work is cut into a fixed number of
/// chunks, each chunk writes only its own results, and the caller combines them in chunk
/// order, so results never depend on thread timing or on the machine.
public enum Parallel {
  /// The default number of threads for a parallel reader or writer: the processors online,
  /// at least 1 and at most 4 (the GraphML reader and the interchange JSON use it).
  public static var defaultThreads: Int { min(max(sysconf(Int32(_SC_NPROCESSORS_ONLN)), 1), 4) }

  /// Runs `body(chunk)` for every chunk in `0..<count` and returns when all have finished:
  /// chunk 0 on the calling thread, each other chunk on a thread of its own (on Linux, where
  /// `DispatchQueue.concurrentPerform` was measured to run two chunks one after the other on
  /// a busy two-core machine; elsewhere through `concurrentPerform`). If a thread cannot be
  /// started, its chunk runs on the calling thread after chunk 0.
  /// - Complexity: the slowest chunk plus O(count) thread starts (tens of microseconds each).
  public static func forEachChunk(_ count: Int, _ body: (Int) -> Void) {
    if count <= 1 {
      if count == 1 { body(0) }
      return
    }
    #if os(Linux)
      withoutActuallyEscaping(body) { body in
        var threads: [pthread_t] = []
        var unstarted: [Int] = []
        for chunk in 1..<count {
          if let thread = startThread({ body(chunk) }) {
            threads.append(thread)
          } else {
            unstarted.append(chunk)
          }
        }
        body(0)
        for chunk in unstarted { body(chunk) }
        for thread in threads { pthread_join(thread, nil) }
      }
    #else
      withoutActuallyEscaping(body) { body in
        let task = ChunkTask(body: body, chunk: 0)
        DispatchQueue.concurrentPerform(iterations: count) { chunk in task.body(chunk) }
      }
    #endif
  }
}

extension Parallel {
  /// Runs `body(i)` for every `i` in `0..<count`, on `threads` threads of `forEachChunk` (the
  /// calling one among them), each taking the next index not yet taken, so that items of
  /// uneven cost (articles of any length) keep every thread busy. `body` must write only its
  /// own index's results. Returns when every index is done.
  ///
  /// Not `DispatchQueue.concurrentPerform`: called inside a GRDB database access (a
  /// `DispatchQueue.sync`) on a thread of Swift's cooperative pool, libdispatch's apply
  /// crashed the test process now and then (a bad pointer inside
  /// `_dispatch_apply_invoke_and_wait`).
  /// - Complexity: the work, spread over `min(threads, count)` threads, plus one atomic
  ///   increment per index.
  public static func forEachIndex(_ count: Int, threads: Int = defaultThreads, _ body: (Int) -> Void) {
    guard count > 0 else { return }
    let next = Atomic<Int>(0)
    forEachChunk(min(max(threads, 1), count)) { _ in
      while true {
        let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard i < count else { return }
        body(i)
      }
    }
  }
}

#if os(Linux)
  extension Parallel {
    /// Runs `body` on a new thread; nil when none can be started.
    static func startThread(_ body: @escaping () -> Void) -> pthread_t? {
      let task = Unmanaged.passRetained(ThreadTask(body: body))
      var thread = pthread_t()
      let code = pthread_create(
        &thread, nil,
        { context in
          guard let context else { return nil }
          Unmanaged<ThreadTask>.fromOpaque(context).takeRetainedValue().body()
          return nil
        }, task.toOpaque())
      guard code == 0 else {
        task.release()
        return nil
      }
      return thread
    }

    static func joinThread(_ thread: pthread_t) { pthread_join(thread, nil) }
  }
#else
  extension Parallel {
    /// Off Linux, no thread of its own: callers run the work on the calling thread.
    static func startThread(_ body: @escaping () -> Void) -> Int? { nil }
    static func joinThread(_ thread: Int) {}
  }
#endif

/// A closure handed to the thread that runs it.
final class ThreadTask: @unchecked Sendable {
  let body: () -> Void
  init(body: @escaping () -> Void) { self.body = body }
}

#if !os(Linux)
  /// One chunk's closure and number, handed to `concurrentPerform`.
  final class ChunkTask: @unchecked Sendable {
    let body: (Int) -> Void
    let chunk: Int
    init(body: @escaping (Int) -> Void, chunk: Int) {
      self.body = body
      self.chunk = chunk
    }
  }
#endif
