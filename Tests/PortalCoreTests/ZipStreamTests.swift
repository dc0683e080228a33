import Foundation
import PortalCore
import PortalTestSupport
import Testing

@Suite("ZIP stream")
struct ZipStreamTests {
    @Test("CRC-32 matches the standard check value")
    func crc() {
        #expect(CRC32.of(Array("123456789".utf8)) == 0xCBF4_3926)
        var pieces = CRC32()
        pieces.update(Array("1234".utf8))
        pieces.update(Array("56789".utf8))
        #expect(pieces.value == 0xCBF4_3926)
        #expect(CRC32.of([UInt8]()) == 0)
    }

    @Test("An archive written piece by piece is read by Info-ZIP's unzip, with UTF-8 names, contents and local time")
    func readable() throws {
        let modified = ISO8601DateFormatter().date(from: "2026-11-30T09:15:42Z")!
        var zip = ZipStream(modified: modified, timeZone: TimeZone(identifier: "Europe/Berlin")!)
        let json = Array(#"{"name":"Jürgen Müller"}"#.utf8)
        let pdf = Array("%PDF-1.4\n%%EOF\n".utf8)
        var archive = try zip.header(name: "daten.json", size: json.count, crc: CRC32.of(json)) + json
        archive += try zip.header(name: "dateien/BRU-2026-0001/1-Lageplan für Bäume.pdf", size: pdf.count, crc: CRC32.of(pdf)) + pdf
        archive += try zip.header(name: "leer.txt", size: 0, crc: CRC32.of([UInt8]()))
        archive += try zip.finish()
        try CommandLineTool.withTemporaryFile(Data(archive), extension: "zip") { path in
            guard let test = try CommandLineTool.run("/usr/bin/unzip", ["-t", path]) else {
                Issue.record("/usr/bin/unzip is missing; scripts/test installs it (Debian package unzip).")
                return
            }
            #expect(test.status == 0, "\(test.text)")
            #expect(test.text.contains("No errors detected"))
            let listing = try CommandLineTool.run("/usr/bin/unzip", ["-l", path])?.text ?? ""
            #expect(listing.contains("dateien/BRU-2026-0001/1-Lageplan für Bäume.pdf"))
            #expect(listing.contains("2026-11-30 10:15"), "local time in Berlin: \(listing)")
            #expect(try CommandLineTool.run("/usr/bin/unzip", ["-p", path, "daten.json"])?.text == #"{"name":"Jürgen Müller"}"#)
        }
    }

    @Test("Names inside the archive cannot climb out or hide")
    func names() {
        #expect(ZipStream.safeName("../../etc/passwd") == "_.._etc_passwd")
        #expect(ZipStream.safeName(".versteckt") == "versteckt")
        #expect(ZipStream.safeName("Bescheid\u{0}.pdf") == "Bescheid_.pdf")
        #expect(ZipStream.safeName("...") == "datei")
        #expect(ZipStream.safeName("Lageplan für Bäume.pdf") == "Lageplan für Bäume.pdf")
    }
}
