import Dispatch
import Synchronization

extension Parallel {
  /// Makes items `0..<count` on another thread, at most `ahead` of the one in use, and hands
  /// each, in order, to `consume` on the calling thread: work that must stay on one thread
  /// (rows written through one database connection) overlaps the work that prepares it.
  ///
  /// `make` runs on the other thread and must only read what it shares. When `consume`
  /// throws, no item is made after the one being made, the other thread is waited for, and
  /// the error is rethrown. Where no thread can be started (or off Linux), each item is made
  /// and consumed in turn on the calling thread: the same calls in the same order.
  /// - Complexity: about max(making, consuming) plus one item's making, and two semaphore
  ///   operations per item; memory for `ahead` items.
  public static func pipeline<T>(
    _ count: Int, ahead: Int = 2, make: (Int) -> T, consume: (Int, T) throws -> Void
  ) throws {
    guard count > 0 else { return }
    let ahead = max(1, ahead)
    let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: ahead)
    slots.initialize(repeating: nil)
    defer {
      _ = slots.deinitialize()
      slots.deallocate()
    }
    let filled = DispatchSemaphore(value: 0)
    // Made at zero and signalled: libdispatch stops a process that frees a semaphore whose
    // count is below the one it was made with, as `free`'s is when the consumer fails.
    let free = DispatchSemaphore(value: 0)
    for _ in 0..<ahead { free.signal() }
    let stopped = Atomic<Bool>(false)
    // The maker's thread is joined before this returns: `make` does not escape.
    try withoutActuallyEscaping(make) { make in
      let started = startThread {
        for i in 0..<count {
          free.wait()
          if stopped.load(ordering: .acquiring) { return }
          slots[i % ahead] = make(i)
          filled.signal()
        }
      }
      guard let thread = started else {
        for i in 0..<count { try consume(i, make(i)) }
        return
      }
      defer { joinThread(thread) }
      for i in 0..<count {
        filled.wait()
        guard let item = slots[i % ahead].take() else { preconditionFailure("item \(i) was never made") }
        free.signal()
        do {
          try consume(i, item)
        } catch {
          stopped.store(true, ordering: .releasing)
          // Wakes the maker if it waits for room; it then sees `stopped` and ends.
          free.signal()
          throw error
        }
      }
    }
  }
}
