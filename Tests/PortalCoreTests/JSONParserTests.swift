import Foundation
import PortalCore
import Testing

@Suite("JSON reading and writing")
struct JSONParserTests {
    @Test("All value kinds parse, member order is kept and numbers are exact")
    func parsesValues() throws {
        let value = try JSONParser.parse(#" { "z": [1, -2.5, 0.1, 1e3, true, false, null], "a": {"ä": "ö"} } "#)
        #expect(
            value
                == .object([
                    .init(
                        "z",
                        .array([
                            .number(1), .number(Decimal(string: "-2.5")!), .number(Decimal(string: "0.1")!), .number(1000), .bool(true), .bool(false), .null,
                        ])),
                    .init("a", .object([.init("ä", .string("ö"))])),
                ]))
        guard case .object(let members) = value else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["z", "a"])
    }

    @Test("Escapes decode, including surrogate pairs")
    func escapes() throws {
        #expect(try JSONParser.parse(#""a\"b\\c\/d\n\t\u00fc\ud83d\ude00""#) == .string("a\"b\\c/d\n\tü😀"))
    }

    @Test(
        "Malformed input is refused",
        arguments: [
            "", " ", "{", "[1,]", "{\"a\":1,}", "01", "1.", ".5", "-", "1e", "+1", "NaN", "'a'", "\"a", "{\"a\" 1}",
            "tru", "nul", "[1] 2", "\"\\ud83d\"", "\"\\ude00\"", "\"\\x\"", "\"\\u12G4\"", "{\"a\":1,\"a\":2}", "\"tab\there\"",
        ])
    func refuses(text: String) {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(text) }
    }

    @Test("Invalid UTF-8 inside a string is refused")
    func invalidUTF8() {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse([0x22, 0xC3, 0x28, 0x22]) }
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse([0x22, 0xED, 0xA0, 0x80, 0x22]) }
    }

    @Test("Nesting beyond the limit is refused")
    func depth() throws {
        let deep = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(deep) }
        _ = try JSONParser.parse(String(repeating: "[", count: 10) + String(repeating: "]", count: 10))
    }

    @Test("Written text reads back to the same value")
    func roundTrip() throws {
        let value = JSONValue.object([
            .init("name", .string("Müller \"Brunnen\" \\ \n\u{0001}\u{2028}")),
            .init("tiefe", .number(Decimal(string: "12.5")!)),
            .init("liste", .array([.bool(true), .null, .string("")])),
        ])
        #expect(value.jsonText.hasPrefix(#"{"name":"Müller \"Brunnen\" \\ \n\u0001\u2028","tiefe":12.5"#))
        #expect(try JSONParser.parse(value.jsonText) == value)
    }
}
