import Foundation
import PortalViews
import PortalWeb
import Testing

@Suite("Form values: decoding, trimmed text, the pressed button")
struct FormValuesTests {
    @Test("Form encoding decodes to every value of every name; broken encoding and too many fields are refused")
    func parse() throws {
        let form = try #require(FormValues.parse("a=1&a=2&titel=M%C3%BCller+Stra%C3%9Fe&leer="))
        #expect(form["a"] == ["1", "2"] && form.first("titel") == "Müller Straße" && form.first("leer") == "")
        #expect(FormValues.parse("a=%ZZ") == nil)
        #expect(FormValues.parse(Array(repeating: "a=1", count: 501).joined(separator: "&")) == nil)
    }

    @Test("Text comes trimmed with line breaks as \\n, cut only when a limit is given; the e-mail address lower-cased")
    func text() throws {
        let form = try #require(FormValues.parse("nachricht=+%0D%0AZeile+1%0D%0AZeile+2+%0D%0A&email=+Erika%40Example.DE+"))
        #expect(form.text("nachricht") == "Zeile 1\nZeile 2")
        #expect(form.text("nachricht", max: 5) == "Zeile")
        #expect(form.text("fehlt") == "")
        #expect(form.email == "erika@example.de")
    }

    @Test("The pressed button: none named, one the form offers, or a bad request")
    func action() throws {
        #expect(try FormValues.parse("x=1")!.action(ReviewAction.self) == nil)
        #expect(try FormValues.parse("_aktion=freigeben")!.action(ReviewAction.self) == .approve)
        #expect(throws: PageError.self) { try FormValues.parse("_aktion=loeschen")!.action(ReviewAction.self) }
    }
}
