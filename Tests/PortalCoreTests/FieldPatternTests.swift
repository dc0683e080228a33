import PortalCore
import Testing

@Suite("Field patterns")
struct FieldPatternTests {
    @Test("A pattern that backtracks without end is stopped and the answer refused; normal patterns match as before")
    func catastrophicBacktracking() {
        let text = String(repeating: "a", count: 40) + "c"
        #expect(FieldConstraints.text(text, matches: "(a+)+b") == false)
        #expect(FieldConstraints.text("24534", matches: "[0-9]{5}") == true)
        #expect(FieldConstraints.text("2453", matches: "[0-9]{5}") == false)
        #expect(FieldConstraints.text(String(repeating: "a", count: 40) + "b", matches: "(a+)+b") == true)
    }

    @Test("Overlong patterns and back references are refused with a reason")
    func refused() {
        #expect(FieldConstraints.patternProblem(String(repeating: "a", count: 301))?.message(.german).contains("zu lang") == true)
        #expect(FieldConstraints.patternProblem(#"(a)\1"#)?.message(.german).contains("Rückverweise") == true)
        #expect(FieldConstraints.patternProblem("[a-z")?.message(.german).contains("kein gültiger") == true)
        #expect(FieldConstraints.patternProblem("[A-Z]{2}[0-9]{4}") == nil)
        #expect(FieldConstraints.text("x", matches: String(repeating: "x?", count: 200)) == nil, "too long to be used at all")
    }
}
