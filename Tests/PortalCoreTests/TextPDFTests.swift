import Foundation
import Testing

@testable import PortalCore

@Suite("Text PDF")
struct TextPDFTests {
    @Test("Objects and the cross-reference table agree; German letters are WinAnsi octal escapes; long text flows onto more pages")
    func structure() throws {
        var pdf = TextPDF(title: "Prüfung (Test) \\ Ä")
        pdf.add("Grüße aus Müsterstadt – „Straße“ kostet 5 €", style: .heading)
        for index in 0..<120 { pdf.add("Zeile \(index): " + String(repeating: "Wort ", count: 30)) }
        let data = pdf.render()
        let text = String(decoding: data, as: UTF8.self)
        #expect(data.starts(with: Array("%PDF-1.4\n".utf8)))
        #expect(text.hasSuffix("%%EOF\n"))
        // Every object starts where the cross-reference table says.
        let xrefStart = try #require(text.range(of: "startxref\n")).upperBound
        let xrefOffset = try #require(Int(text[xrefStart...].prefix { $0.isNumber }))
        let table = String(decoding: data[xrefOffset...], as: UTF8.self).split(separator: "\n")
        #expect(table.first == "xref")
        let entries = table.dropFirst(3).prefix { $0.hasSuffix(" n ") || $0.hasSuffix(" n") }
        let objectCount = try #require(table.dropFirst().first.flatMap { Int($0.split(separator: " ").last ?? "") })
        #expect(entries.count == objectCount - 1 && entries.count > 5, "one entry per object")
        for (index, entry) in entries.enumerated() {
            let offset = try #require(Int(entry.prefix(10)))
            #expect(String(decoding: data[offset..<offset + 8], as: UTF8.self).hasPrefix("\(index + 1) 0 obj"))
        }
        #expect(text.contains("(Gr\\374\\337e aus M\\374sterstadt \\226 \\204Stra\\337e\\223 kostet 5 \\200)"))
        #expect(text.contains("(Pr\\374fung \\(Test\\) \\\\ \\304)"), "brackets and backslashes escaped")
        #expect(text.contains("/Count 4") || text.contains("/Count 5"), "several pages")
    }

    @Test("Numbers have two decimals with a point; wrapped lines fit, keep every word and cut only words longer than a line")
    func layout() {
        #expect(TextPDF.number(56.7) == "56.70" && TextPDF.number(0) == "0.00" && TextPDF.number(595.28) == "595.28" && TextPDF.number(-1.5) == "-1.50")
        let text = "Bohrung für die Gartenbewässerung im hinteren Teil des Grundstücks, etwa zwölf Meter tief, mit einem Durchmesser von 125 mm"
        let lines = TextPDF.wrap(text, .text, width: 150)
        #expect(lines.count > 2)
        #expect(lines.allSatisfy { TextPDF.width($0, .text) <= 150 })
        #expect(lines.joined(separator: " ") == text)
        let long = String(repeating: "Grundstücksverkehrsgenehmigung", count: 3)
        let cut = TextPDF.wrap("a " + long, .text, width: 100)
        #expect(cut.first == "a" && cut.dropFirst().allSatisfy { TextPDF.width($0, .text) <= 100 } && cut.dropFirst().joined() == long)
        #expect(TextPDF.wrap("eins\nzwei", .text, width: 300) == ["eins", "zwei"])
    }
}
