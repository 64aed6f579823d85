import Synchronization
import Testing

@testable import TiesGraph

#if canImport(Glibc)
  import Glibc
#else
  import Darwin
#endif

@Suite struct ParallelPipelineTests {
  struct Stop: Error, Equatable { var at: Int }

  @Test func everyItemIsConsumedOnceInOrderOnTheCallingThread() throws {
    let caller = pthread_self()
    var consumed: [Int] = []
    var onCaller = true
    // Items of uneven cost, so that the maker runs ahead at times and behind at others.
    try Parallel.pipeline(
      500, ahead: 3,
      make: { i in (i, (0..<(i % 7) * 200).reduce(0, &+)) },
      consume: { i, item in
        consumed.append(item.0)
        #expect(item.0 == i)
        if pthread_equal(pthread_self(), caller) == 0 { onCaller = false }
      })
    #expect(consumed == Array(0..<500))
    #expect(onCaller)
  }

  @Test func aFailureStopsTheMakingAndIsRethrown() {
    let made = Atomic<Int>(0)
    var consumed: [Int] = []
    #expect(throws: Stop(at: 10)) {
      try Parallel.pipeline(
        10_000, ahead: 2,
        make: { i in
          made.add(1, ordering: .relaxed)
          return i
        },
        consume: { i, item in
          if i == 10 { throw Stop(at: i) }
          consumed.append(item)
        })
    }
    #expect(consumed == Array(0..<10))
    // Items 0 to 10, at most `ahead` more waiting, and the one being made when it stopped.
    #expect(made.load(ordering: .relaxed) <= 11 + 2 + 1)
  }

  @Test func nothingToMakeCallsNothing() throws {
    try Parallel.pipeline(
      0,
      make: { _ -> Int in
        Issue.record("made")
        return 0
      }, consume: { _, _ in Issue.record("consumed") })
  }
}
