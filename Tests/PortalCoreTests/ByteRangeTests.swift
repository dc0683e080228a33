import PortalCore
import Testing

@Suite("HTTP byte ranges for media")
struct ByteRangeTests {
    @Test("Ranges resolve against the size; odd ones fall back to the whole file, ranges past the end are unsatisfiable")
    func resolve() {
        #expect(ByteRange.resolve(nil, size: 100) == .whole)
        #expect(ByteRange.resolve("bytes=0-0", size: 100) == .partial(ByteRange(first: 0, last: 0)))
        #expect(ByteRange.resolve("bytes=10-", size: 100) == .partial(ByteRange(first: 10, last: 99)))
        #expect(ByteRange.resolve("bytes=90-500", size: 100) == .partial(ByteRange(first: 90, last: 99)))
        #expect(ByteRange.resolve("bytes=-30", size: 100) == .partial(ByteRange(first: 70, last: 99)))
        #expect(ByteRange.resolve("bytes=-300", size: 100) == .partial(ByteRange(first: 0, last: 99)))
        #expect(ByteRange.resolve("bytes=100-", size: 100) == .unsatisfiable)
        #expect(ByteRange.resolve("bytes=5-2", size: 100) == .whole)
        #expect(ByteRange.resolve("bytes=0-1,5-6", size: 100) == .whole)
        #expect(ByteRange.resolve("items=0-1", size: 100) == .whole)
        #expect(MediaSniffer.mediaType(of: Array("WEBVTT\n\n".utf8)) == "text/vtt")
        #expect(MediaSniffer.mediaType(of: [0, 0, 0, 0x18] + Array("ftypisom".utf8) + [0, 0, 0, 0]) == "video/mp4")
    }
}
