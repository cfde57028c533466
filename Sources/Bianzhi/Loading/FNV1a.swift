/// FNV-1a, 64 bit: a tiny, dependency-free, platform-stable hash that identifies a scenario's
/// input bytes in a result file (not a security property; collisions are merely unlikely).
struct FNV1a: Sendable {
    private(set) var state: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Feeds bytes in order; feeding A then B equals hashing A followed by B.
    mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            state ^= UInt64(byte)
            state &*= 0x0000_0100_0000_01b3
        }
    }

    /// Sixteen lowercase hex digits, zero-padded so digests compare as text.
    var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
