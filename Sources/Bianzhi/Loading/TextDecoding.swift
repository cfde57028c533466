import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The text encodings a planner's files arrive in: UTF-8 (with or without the byte-order mark
/// Excel writes for "CSV UTF-8"), or GB18030 — the superset of GBK that Chinese Excel and
/// Notepad use for "CSV" and plain text.
public enum TextEncoding: String, Sendable, Equatable {
    /// UTF-8 without a byte-order mark.
    case utf8
    /// UTF-8 starting with the byte-order mark EF BB BF.
    case utf8WithBOM
    /// GB18030 (which contains GBK and GB2312).
    case gb18030

    /// How messages name the encoding.
    public var displayName: String {
        switch self {
        case .utf8: return "UTF-8"
        case .utf8WithBOM: return "UTF-8 (BOM)"
        case .gb18030: return "GB18030/GBK"
        }
    }
}

/// Decodes file bytes: UTF-8 first (strict, so GBK bytes never pass as UTF-8), then GB18030.
///
/// GB18030 goes through glibc's iconv. (swift-corelibs-foundation here also decodes it, strictly,
/// but only through the raw CoreFoundation value `String.Encoding(rawValue: 0x8000_0632)`: there
/// is no named `String.Encoding` for it, and iconv's GB18030 is glibc's documented converter.)
/// Both refuse invalid sequences instead of replacing them, which is what detection needs.
public enum TextDecoding {
    /// The text and the encoding it was read in; `nil` when the bytes are neither valid UTF-8
    /// nor valid GB18030 (a binary file, or a damaged one). A UTF-8 byte-order mark is removed.
    public static func decode(_ data: Data) -> (text: String, encoding: TextEncoding)? {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else { return nil }
            return (text, .utf8WithBOM)
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        if bytes.contains(0) { return nil }   // text files hold no NUL; a zip or image does
        if let text = convert(bytes, from: "GB18030", to: "UTF-8").flatMap({ String(validating: $0, as: UTF8.self) }) {
            return (text, .gb18030)
        }
        return nil
    }

    /// GB18030 bytes of a text (for tests that write the files a Chinese Excel saves).
    public static func gb18030Bytes(_ text: String) -> Data? {
        convert(Array(text.utf8), from: "UTF-8", to: "GB18030").map { Data($0) }
    }

    /// Converts bytes with iconv; `nil` on an invalid or incomplete sequence.
    static func convert(_ input: [UInt8], from source: String, to target: String) -> [UInt8]? {
        #if canImport(Glibc)
        let converter = iconv_open(target, source)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        var input = input
        let ok = input.withUnsafeMutableBufferPointer { inBuffer -> Int? in
            output.withUnsafeMutableBufferPointer { outBuffer -> Int? in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                if inLeft == 0 { return 0 }
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let ok else { return nil }
        return Array(output.prefix(ok))
        #else
        return nil
        #endif
    }
}
