import PortalCore
import Testing

@Suite("References")
struct ReferenceTests {
    @Test("A generated reference has prefix, year and two groups of four readable characters")
    func format() {
        let generator = ReferenceGenerator { 0x0123_4567_89AB_CDEF }
        let reference = generator(prefix: "BRU", year: 2026)
        let parts = reference.rawValue.split(separator: "-")
        #expect(parts.count == 4)
        #expect(parts[0] == "BRU")
        #expect(parts[1] == "2026")
        #expect(parts[2].count == 4 && parts[3].count == 4)
        #expect(reference.rawValue == "BRU-2026-CY4T-QKFF")
        #expect(!(parts[2] + parts[3]).contains(where: { "ILOU".contains($0) }))
        #expect(Reference(reference.rawValue) == reference)
    }

    @Test("Counting sources give counting references")
    func counting() {
        #expect(ReferenceGenerator { 1 }(prefix: "FUN", year: 2027).rawValue == "FUN-2027-0000-0001")
        #expect(ReferenceGenerator { 32 }(prefix: "FUN", year: 2027).rawValue == "FUN-2027-0000-0010")
    }

    @Test("The same random source gives the same reference; another gives another")
    func deterministic() {
        #expect(ReferenceGenerator { 42 }(prefix: "BRU", year: 2026) == ReferenceGenerator { 42 }(prefix: "BRU", year: 2026))
        #expect(ReferenceGenerator { 42 }(prefix: "BRU", year: 2026) != ReferenceGenerator { 43 }(prefix: "BRU", year: 2026))
    }

    @Test("A malformed prefix falls back to SP instead of failing")
    func badPrefix() {
        #expect(ReferenceGenerator { 1 }(prefix: "X", year: 2026).rawValue == "SP-2026-0000-0001")
        #expect(ReferenceGenerator { 1 }(prefix: "bru", year: 2026).rawValue == "BRU-2026-0000-0001")
    }

    @Test("Lower case input is normalised")
    func normalises() {
        #expect(Reference("bru-2026-k7qm-4xd2")?.rawValue == "BRU-2026-K7QM-4XD2")
    }

    @Test(
        "Malformed references are refused",
        arguments: [
            "", "BRU-2026-K7QM", "BRU-26-K7QM-4XD2", "BRU-2026-K7QM-4XDI", "B-2026-K7QM-4XD2", "BRU1-2026-K7QM-4XD2",
            "BRU-2026-K7QM-4XD2-", "../../etc/passwd", "BRU-2026-K7QM-4XD2\n",
        ])
    func refuses(_ text: String) {
        #expect(Reference(text) == nil)
    }
}
