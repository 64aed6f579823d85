import Dispatch
import Foundation
import Testing

@testable import TiesPipeline

/// `Handoff`: how a build's resolution thread gives the entities to the thread that stores them.
struct HandoffTests {
  @Test("a value put on another thread is what the waiting thread gets, as often as it asks")
  func valueFromAnotherThread() {
    let handoff = Handoff<[Int]>()
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) {
      handoff.put([1, 2, 3])
      handoff.put([4])
      handoff.close()
    }
    #expect(handoff.value() == [1, 2, 3])
    #expect(handoff.value() == [1, 2, 3])
  }

  @Test("a hand-off closed without a value gives nil, and a later value is ignored")
  func closedWithoutValue() {
    let handoff = Handoff<String>()
    DispatchQueue.global().async {
      handoff.close()
      handoff.put("late")
    }
    #expect(handoff.value() == nil)
    #expect(handoff.value() == nil)
  }

  @Test("a value taken from a hand-off or pending work is no longer held there")
  func takenValues() throws {
    let handoff = Handoff<[Int]>()
    handoff.put([1, 2])
    #expect(handoff.take() == [1, 2])
    #expect(handoff.value() == nil)
    let pending = Pending { [3, 4] }
    #expect(try pending.take() == [3, 4])
    #expect(throws: CancellationError.self) { try pending.value() }
  }

  @Test("a value handed to releaseElsewhere is freed, on another thread than the caller's")
  func releasedElsewhere() {
    let freed = DispatchSemaphore(value: 0)
    let caller = Thread.current
    let freedOn = Locked<Thread?>(nil)
    let value = [
      Tracked(onDeinit: {
        freedOn.set(Thread.current)
        freed.signal()
      })
    ]
    releaseElsewhere(consume value)
    #expect(freed.wait(timeout: .now() + 10) == .success)
    #expect(freedOn.get() != nil && freedOn.get() !== caller)
  }
}

/// Calls `onDeinit` when freed.
private final class Tracked: @unchecked Sendable {
  let onDeinit: () -> Void
  init(onDeinit: @escaping () -> Void) { self.onDeinit = onDeinit }
  deinit { onDeinit() }
}

/// A value read and written under a lock.
private final class Locked<T>: @unchecked Sendable {
  private let lock = NSLock()
  private var value: T
  init(_ value: T) { self.value = value }
  func set(_ new: T) { lock.withLock { value = new } }
  func get() -> T { lock.withLock { value } }
}
