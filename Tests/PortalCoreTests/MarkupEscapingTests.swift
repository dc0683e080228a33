import Foundation
import Testing

@testable import PortalCore

@Suite("Escaping markup")
struct MarkupEscapingTests {
    @Test("A quote followed by a combining mark is escaped (one grapheme, two scalars)")
    func combiningMark() {
        let text = "\"\u{301} autofocus onfocus=alert(1) x=\u{301}'\u{308}<\u{301}>\u{20DD}&\u{301}"
        #expect(text.markupEscaped == "&quot;\u{301} autofocus onfocus=alert(1) x=\u{301}&#39;\u{308}&lt;\u{301}&gt;\u{20DD}&amp;\u{301}")
    }

    @Test("Random strings with combining marks never keep a raw < > \" ' or a bare &")
    func property() {
        var random = SplitMix(seed: 0x5EED)
        let alphabet: [Unicode.Scalar] = [
            "<", ">", "\"", "'", "&", "a", "ä", " ", "=", "\u{301}", "\u{308}", "\u{20DD}", "\u{200D}", "\u{1F600}", "\u{FE0F}", "\u{0327}", ";", "#",
        ]
        for _ in 0..<2_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int(random.next() % 24) { scalars.append(alphabet[Int(random.next() % UInt64(alphabet.count))]) }
            let original = String(scalars)
            let escaped = original.markupEscaped
            #expect(!escaped.unicodeScalars.contains { "<>\"'".unicodeScalars.contains($0) }, "\(original.debugDescription)")
            // Every & starts one of the five references, and reading them back gives the original.
            var decoded = String.UnicodeScalarView()
            let output = Array(escaped.unicodeScalars)
            var index = 0
            while index < output.count {
                guard output[index] == "&" else {
                    decoded.append(output[index])
                    index += 1
                    continue
                }
                let rest = String(String.UnicodeScalarView(output[index...].prefix(6)))
                let entity = [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'")].first {
                    rest.unicodeScalars.starts(with: $0.0.unicodeScalars)
                }
                #expect(entity != nil, "\(original.debugDescription)")
                guard let entity else { break }
                decoded.append(contentsOf: entity.1.unicodeScalars)
                index += entity.0.unicodeScalars.count
            }
            #expect(Array(decoded) == Array(original.unicodeScalars))
        }
    }

    @Test("The HTML part of a mail escapes apostrophes and combining quotes too")
    func mailHTML() {
        let html = MailMessage.html("Sie schrieben: \"\u{301}' <b>&", title: "It's \"\u{301}")
        #expect(html.range(of: "Sie schrieben: &quot;\u{301}&#39; &lt;b&gt;&amp;", options: .literal) != nil)
        #expect(html.range(of: "<title>It&#39;s &quot;\u{301}</title>", options: .literal) != nil)
    }
}

/// A small deterministic generator, so a failing case can be run again.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
