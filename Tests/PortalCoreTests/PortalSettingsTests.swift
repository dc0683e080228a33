import Foundation
import PortalCore
import Testing

@Suite("Portal settings: accent colour contrast, logo kinds, typed values")
struct PortalSettingsTests {
    /// The well-known 1×1 PNG.
    static let png = Array(Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")!)

    @Test("Colours are read in long and short hex; the WCAG contrast with white decides")
    func colours() throws {
        let brand = try #require(AccentColour("#003E6B"))
        #expect(brand.hex == "003e6b" && AccentColour("003e6b") == brand && AccentColour("#fff") == .white)
        for bad in ["", "#12345", "#gggggg", "blue", "#0000001", "＃003e6b"] { #expect(AccentColour(bad) == nil, "\(bad)") }
        // Known values: black on white is 21:1, white on white 1:1, #767676 is the lightest grey that passes.
        #expect(abs(AccentColour("#000")!.contrast(with: .white) - 21) < 0.001)
        #expect(abs(AccentColour.white.contrast(with: .white) - 1) < 0.001)
        #expect(AccentColour("#767676")!.keepsWhiteTextReadable && !AccentColour("#777777")!.keepsWhiteTextReadable)
        #expect(brand.keepsWhiteTextReadable && !AccentColour("#ffbf47")!.keepsWhiteTextReadable)
    }

    @Test("Typed values: empty means the default; a long name, a bad address, a bad or too light colour are named")
    func typedValues() {
        #expect(PortalSettings.check(name: "", email: "", colour: "") == [])
        #expect(PortalSettings.check(name: "Serviceportal Kreis Nord", email: "portal@kreis-nord.de", colour: "#1a5e20") == [])
        #expect(
            PortalSettings.check(name: String(repeating: "x", count: 101), email: "kein-at", colour: "grün")
                == [.nameTooLong, .emailInvalid, .colourInvalid])
        #expect(PortalSettings.check(name: "", email: "", colour: "#ffbf47") == [.colourTooLight(contrast: 1.6)])
    }

    @Test("A logo's kind comes from its content: a sound PNG, something XML-like for the SVG check, anything else refused")
    func logoKinds() {
        #expect(PortalLogo.kind(of: Self.png) == .success(.png))
        #expect(PortalLogo.kind(of: Array("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8)) == .success(.svg))
        #expect(PortalLogo.kind(of: Array("\u{FEFF}  <?xml version=\"1.0\"?><svg/>".utf8)) == .success(.svg))
        #expect(PortalLogo.kind(of: Array("<!DOCTYPE html><html><script>alert(1)</script></html>".utf8)) == .failure(.notAnImage))
        #expect(PortalLogo.kind(of: [0xff, 0xd8, 0xff, 0xe0, 0, 0x10]) == .failure(.notAnImage), "a JPEG")
        #expect(PortalLogo.kind(of: []) == .failure(.empty))
        #expect(PortalLogo.kind(of: Array(Self.png.prefix(30))) == .failure(.brokenPNG))
        var huge = Self.png
        huge[16...19] = [0, 0, 0x27, 0x11]  // 10001 pixels wide
        #expect(PortalLogo.kind(of: huge) == .failure(.brokenPNG))
        #expect(PortalLogo.kind(of: Self.png + [UInt8](repeating: 0, count: PortalLogo.maxBytes)) == .failure(.tooLarge))
    }
}
