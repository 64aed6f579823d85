#if os(Linux)
  import Glibc
#endif

/// Zero-filled memory for a large scratch array that is read at random, backed by transparent
/// huge pages where Linux offers them.
///
/// A search that jumps around tens of megabytes misses the TLB on nearly every access when
/// the memory is mapped in 4 KiB pages (a page walk on each miss, two-dimensional under a
/// hypervisor); in 2 MiB pages, a few dozen TLB entries cover it all. On Linux, buffers of
/// at least 2 MiB are mapped with `mmap`, aligned to 2 MiB and marked `MADV_HUGEPAGE` (which
/// the default `madvise` mode of transparent huge pages honours); smaller buffers, other
/// systems and a failed `mmap` fall back to an ordinary allocation. The owner of the memory:
/// it is freed in `deinit`, so `base` is valid as long as the buffer is alive.
final class LargeBuffer {
  /// The start of the memory, aligned to at least 64 bytes.
  let base: UnsafeMutableRawPointer
  /// Bytes usable from `base`.
  let byteCount: Int
  /// Bytes mapped with `mmap` from `base` (a multiple of 2 MiB), or 0 when allocated.
  private let mappedBytes: Int

  private static let hugePage = 2 << 20

  /// Allocates `byteCount` zero bytes.
  /// - Complexity: O(byteCount) (the kernel or the fallback zeroes the pages).
  init(byteCount: Int) {
    precondition(byteCount >= 0, "negative size")
    self.byteCount = byteCount
    #if os(Linux)
      if byteCount >= LargeBuffer.hugePage, let mapped = LargeBuffer.mapHuge(byteCount) {
        base = mapped.address
        mappedBytes = mapped.length
        return
      }
    #endif
    base = .allocate(byteCount: max(byteCount, 1), alignment: 64)
    base.initializeMemory(as: UInt8.self, repeating: 0, count: max(byteCount, 1))
    mappedBytes = 0
  }

  deinit {
    #if os(Linux)
      if mappedBytes > 0 {
        munmap(base, mappedBytes)
        return
      }
    #endif
    base.deallocate()
  }

  #if os(Linux)
    /// Maps `byteCount` bytes rounded up to whole huge pages, at an address aligned to a huge
    /// page (the unaligned head and tail of a larger mapping are unmapped again), and asks
    /// for huge pages; `nil` when `mmap` fails.
    private static func mapHuge(_ byteCount: Int) -> (address: UnsafeMutableRawPointer, length: Int)? {
      let page = hugePage
      let length = (byteCount + page - 1) / page * page
      guard let raw = mmap(nil, length + page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
        Int(bitPattern: raw) != -1
      else { return nil }
      let start = Int(bitPattern: raw)
      let aligned = (start + page - 1) & ~(page - 1)
      let head = aligned - start
      if head > 0 { munmap(raw, head) }
      let tail = page - head
      if tail > 0, let end = UnsafeMutableRawPointer(bitPattern: aligned + length) { munmap(end, tail) }
      guard let address = UnsafeMutableRawPointer(bitPattern: aligned) else { return nil }
      // Advice only: without it (or where refused) the memory is simply in 4 KiB pages.
      _ = madvise(address, length, MADV_HUGEPAGE)
      return (address, length)
    }
  #endif
}
