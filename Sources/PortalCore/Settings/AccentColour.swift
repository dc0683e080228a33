import Foundation

/// The authority's accent colour: the header's background behind white text, borders of notices,
/// ticked choices. It must keep white text readable (WCAG 2.1, 1.4.3: contrast at least 4.5:1).
public struct AccentColour: Hashable, Sendable {
    public let red: UInt8
    public let green: UInt8
    public let blue: UInt8

    /// `#1a5e20`, `1A5E20` or the short `#15a`.
    public init?(_ text: String) {
        var digits = text.trimmingCharacters(in: .whitespaces).lowercased()
        if digits.hasPrefix("#") { digits.removeFirst() }
        guard digits.allSatisfy(\.isHexDigit), digits.allSatisfy(\.isASCII) else { return nil }
        if digits.count == 3 { digits = digits.map { "\($0)\($0)" }.joined() }
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        red = UInt8(value >> 16 & 0xff)
        green = UInt8(value >> 8 & 0xff)
        blue = UInt8(value & 0xff)
    }

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    public static let white = AccentColour(red: 255, green: 255, blue: 255)
    /// The least contrast against white text the portal accepts.
    public static let requiredContrast = 4.5

    /// `1a5e20`: six lower-case digits, as in the stylesheet's address.
    public var hex: String { String(format: "%02x%02x%02x", red, green, blue) }

    /// WCAG 2.1 relative luminance.
    public var luminance: Double {
        func channel(_ value: UInt8) -> Double {
            let c = Double(value) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
    }

    /// WCAG 2.1 contrast ratio, from 1 (none) to 21 (black on white).
    public func contrast(with other: AccentColour) -> Double {
        let (lighter, darker) = luminance > other.luminance ? (luminance, other.luminance) : (other.luminance, luminance)
        return (lighter + 0.05) / (darker + 0.05)
    }

    public var keepsWhiteTextReadable: Bool { contrast(with: .white) >= Self.requiredContrast }
}
