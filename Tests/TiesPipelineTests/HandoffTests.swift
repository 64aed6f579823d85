import Dispatch
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
}
