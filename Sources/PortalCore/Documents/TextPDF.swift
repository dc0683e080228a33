import Foundation

/// A PDF of text on A4 pages: headings and paragraphs in Helvetica, wrapped to the page width,
/// flowing onto new pages. The fonts are the standard ones every reader has, with WinAnsi
/// encoding, which holds every German letter, „“ and €; so the text is extractable and nothing has
/// to be embedded. Characters outside WinAnsi are replaced by "?". Made in-process, no converter.
public struct TextPDF: Sendable {
    public enum Style: Sendable {
        case title
        case heading
        case text
        case bold
        case small
    }

    struct Line {
        var text: String
        var style: Style
        var indent: Double
    }

    public var title: String
    var blocks: [(text: String, style: Style, indent: Double, spaceBefore: Double)] = []

    public init(title: String) {
        self.title = title
    }

    public mutating func add(_ text: String, style: Style = .text, indent: Double = 0, spaceBefore: Double = 0) {
        blocks.append((text, style, indent, spaceBefore))
    }

    /// "Label: value" on one line.
    public mutating func add(label: String, value: String, indent: Double = 0) {
        add("\(label): \(value)", style: .text, indent: indent)
    }

    static let pageWidth = 595.0
    static let pageHeight = 842.0
    static let margin = 56.0

    static func size(_ style: Style) -> Double {
        switch style {
        case .title: 18
        case .heading: 13
        case .text, .bold: 10.5
        case .small: 8.5
        }
    }

    static func font(_ style: Style) -> String {
        switch style {
        case .title, .heading, .bold: "F2"
        case .text, .small: "F1"
        }
    }

    /// Helvetica advance widths (1/1000 em) for ASCII 32…126; other characters count as 556.
    static let widths: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556,
        278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,
        611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,
        556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ]

    static func width(_ text: String, _ style: Style) -> Double {
        let units = text.unicodeScalars.reduce(0) { total, scalar in
            let value = Int(scalar.value)
            return total + ((32...126).contains(value) ? widths[value - 32] : 556)
        }
        // Bold runs a little wider; 8 % covers it.
        return Double(units) / 1000 * size(style) * (font(style) == "F2" ? 1.08 : 1)
    }

    /// Breaks a block into lines that fit; very long words are cut. A line's width grows word by
    /// word (receipts are made for every submission, so each word is measured once).
    static func wrap(_ text: String, _ style: Style, width: Double) -> [String] {
        var lines: [String] = []
        let space = Self.width(" ", style)
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0.0
            for part in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                var word = String(part)
                var wordWidth = Self.width(word, style)
                while wordWidth > width {
                    var cut = word
                    while Self.width(cut, style) > width && cut.count > 1 { cut.removeLast() }
                    if !line.isEmpty {
                        lines.append(line)
                        line = ""
                        lineWidth = 0
                    }
                    lines.append(cut)
                    word = String(word.dropFirst(cut.count))
                    wordWidth = Self.width(word, style)
                }
                if line.isEmpty {
                    line = word
                    lineWidth = wordWidth
                } else if lineWidth + space + wordWidth <= width {
                    line += " " + word
                    lineWidth += space + wordWidth
                } else {
                    lines.append(line)
                    line = word
                    lineWidth = wordWidth
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// WinAnsi bytes as a PDF string literal, with everything outside printable ASCII as octal.
    static func literal(_ text: String) -> String {
        var output: [UInt8] = [0x28]
        output.reserveCapacity(text.utf8.count + 8)
        for character in text {
            let byte = winAnsi(character)
            switch byte {
            case 0x28, 0x29, 0x5C: output += [0x5C, byte]
            case 0x20...0x7E: output.append(byte)
            default: output += [0x5C, 0x30 + (byte >> 6), 0x30 + ((byte >> 3) & 7), 0x30 + (byte & 7)]  // three octal digits
            }
        }
        output.append(0x29)
        return String(decoding: output, as: UTF8.self)
    }

    static func winAnsi(_ character: Character) -> UInt8 {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return 0x3F }
        let value = scalar.value
        if value < 0x80 { return value >= 0x20 ? UInt8(value) : 0x20 }
        if (0xA0...0xFF).contains(value) { return UInt8(value) }
        return windowsSpecials[value] ?? 0x3F
    }

    /// The characters WinAnsi (Windows-1252) puts at 0x80–0x9F.
    private static let windowsSpecials: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x201E: 0x84, 0x2026: 0x85, 0x2013: 0x96, 0x2014: 0x97, 0x2018: 0x91, 0x2019: 0x92,
        0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2122: 0x99, 0x0160: 0x8A, 0x0161: 0x9A, 0x0152: 0x8C, 0x0153: 0x9C,
    ]

    /// The finished file.
    public func render(producer: String = "Serviceportal") -> Data {
        // Lay out lines onto pages.
        let usable = Self.pageWidth - 2 * Self.margin
        var pages: [[(line: Line, y: Double)]] = [[]]
        var y = Self.pageHeight - Self.margin
        for block in blocks {
            let size = Self.size(block.style)
            y -= block.spaceBefore
            for text in Self.wrap(block.text, block.style, width: usable - block.indent) {
                let step = size * 1.35
                if y - step < Self.margin {
                    pages.append([])
                    y = Self.pageHeight - Self.margin
                }
                y -= step
                pages[pages.count - 1].append((Line(text: text, style: block.style, indent: block.indent), y))
            }
        }
        // Objects: 1 catalog, 2 pages, 3 Helvetica, 4 Helvetica-Bold, 5 info, then per page: page, content.
        var objects: [String] = []
        let pageIDs = pages.indices.map { 6 + 2 * $0 }
        objects.append("<< /Type /Catalog /Pages 2 0 R /Lang (de-DE) >>")
        objects.append("<< /Type /Pages /Kids [\(pageIDs.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
        objects.append("<< /Title \(Self.literal(title)) /Producer \(Self.literal(producer)) >>")
        for (index, page) in pages.enumerated() {
            var content = ""
            for (line, y) in page {
                content +=
                    "BT /\(Self.font(line.style)) \(Self.number(Self.size(line.style))) Tf \(Self.number(Self.margin + line.indent)) \(Self.number(y)) Td \(Self.literal(line.text)) Tj ET\n"
            }
            content += "BT /F1 8 Tf \(Self.number(Self.margin)) 30 Td \(Self.literal("\(title) – \(index + 1)/\(pages.count)")) Tj ET\n"
            objects.append(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents \(pageIDs[index] + 1) 0 R >>")
            objects.append("<< /Length \(content.utf8.count) >>\nstream\n\(content)endstream")
        }
        var data = Data()
        // The binary comment marks the file as binary for transfer programs.
        data.append(contentsOf: Array("%PDF-1.4\n".utf8) + [0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A])
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(data.count)
            data.append(contentsOf: Array("\(index + 1) 0 obj\n\(object)\nendobj\n".utf8))
        }
        let xref = data.count
        var file = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { file += String(offset).leftPadded(to: 10) + " 00000 n \n" }
        file += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R /Info 5 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        data.append(contentsOf: Array(file.utf8))
        return data
    }

    /// Two decimals with a point, as PDF wants them.
    static func number(_ value: Double) -> String {
        let hundredths = Int((abs(value) * 100).rounded())
        let fraction = hundredths % 100
        return (value < 0 && hundredths > 0 ? "-" : "") + "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}

private extension String {
    func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
