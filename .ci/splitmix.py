"""SplitMix64, bit for bit as TiesGraph's SplitMix64.swift, so that Python checks and
benchmarks draw the same seeded samples and pairs as `ties`."""

M = (1 << 64) - 1


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & M

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & M
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
        return z ^ (z >> 31)

    def below(self, b):
        """Uniform in 0..<b (Lemire's method, as the Swift side)."""
        m = self.next() * b
        if m & M < b:
            t = ((1 << 64) - b) % b
            while m & M < t:
                m = self.next() * b
        return m >> 64
