import Foundation
import PortalCore
import PortalFIM
import Testing

@Suite("XDatenfelder import")
struct XDFImporterTests {
    /// A small xdf3 schema with every mapping the importer knows.
    static let xdf3 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <x:xdatenfelder.stammdatenschema.0102 xmlns:x="urn:xoev-de:fim:standard:xdatenfelder_3.0.0">
          <x:stammdatenschema>
            <x:identifikation><x:id>S99000000002</x:id><x:version>1.0.0</x:version></x:identifikation>
            <x:name>Brunnen intern</x:name><x:bezeichnung>Anzeige einer Brunnenbohrung</x:bezeichnung>
            <x:regel><x:identifikation><x:id>R99000000001</x:id></x:identifikation><x:name>Pflicht</x:name><x:freitextRegel>WENN F1 = ja, DANN Pflicht</x:freitextRegel></x:regel>
            <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeldgruppe>
              <x:identifikation><x:id>G1</x:id></x:identifikation><x:name>Person</x:name><x:bezeichnungEingabe>Angaben zur Person</x:bezeichnungEingabe>
              <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeld>
                <x:identifikation><x:id>F1</x:id></x:identifikation><x:name>Name</x:name><x:bezeichnungEingabe>Familienname</x:bezeichnungEingabe>
                <x:hilfetextEingabe>Wie im Ausweis.</x:hilfetextEingabe>
                <x:feldart><code>input</code></x:feldart><x:datentyp><code>text</code></x:datentyp><x:praezisierung minLength="1" maxLength="120"/>
              </x:datenfeld></x:enthaelt></x:struktur>
              <x:struktur><x:anzahl>0:1</x:anzahl><x:enthaelt><x:datenfeld>
                <x:identifikation><x:id>F2</x:id></x:identifikation><x:name>PLZ</x:name>
                <x:feldart><code>input</code></x:feldart><x:datentyp><code>text</code></x:datentyp><x:praezisierung pattern="[0-9]{5}"/>
              </x:datenfeld></x:enthaelt></x:struktur>
              <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeld>
                <x:identifikation><x:id>F3</x:id></x:identifikation><x:name>Zweck</x:name>
                <x:feldart><code>select</code></x:feldart><x:datentyp><code>text</code></x:datentyp>
                <x:werte><x:wert><x:code>01</x:code><x:name>Garten</x:name></x:wert><x:wert><x:code>02</x:code><x:name>Haushalt</x:name></x:wert></x:werte>
              </x:datenfeld></x:enthaelt></x:struktur>
              <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeld>
                <x:identifikation><x:id>F4</x:id></x:identifikation><x:name>Staat</x:name>
                <x:feldart><code>select</code></x:feldart><x:datentyp><code>text</code></x:datentyp>
                <x:codelisteReferenz><x:canonicalIdentification>urn:test:staat</x:canonicalIdentification><x:version>1</x:version><x:canonicalVersionUri>urn:test:staat_1</x:canonicalVersionUri></x:codelisteReferenz>
              </x:datenfeld></x:enthaelt></x:struktur>
            </x:datenfeldgruppe></x:enthaelt></x:struktur>
            <x:struktur><x:anzahl>1:3</x:anzahl><x:enthaelt><x:datenfeldgruppe>
              <x:identifikation><x:id>G2</x:id></x:identifikation><x:name>Brunnen</x:name>
              <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeld>
                <x:identifikation><x:id>F5</x:id></x:identifikation><x:name>Tiefe</x:name>
                <x:feldart><code>input</code></x:feldart><x:datentyp><code>num</code></x:datentyp><x:praezisierung minValue="1" maxValue="200"/>
              </x:datenfeld></x:enthaelt></x:struktur>
              <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeld>
                <x:identifikation><x:id>F5</x:id></x:identifikation><x:name>Tiefe doppelt</x:name>
                <x:feldart><code>input</code></x:feldart><x:datentyp><code>num_int</code></x:datentyp>
              </x:datenfeld></x:enthaelt></x:struktur>
            </x:datenfeldgruppe></x:enthaelt></x:struktur>
            <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeldgruppe>
              <x:identifikation><x:id>G3</x:id></x:identifikation><x:name>Abschluss</x:name>
              <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeld>
                <x:identifikation><x:id>F6</x:id></x:identifikation><x:name>Hinweis</x:name>
                <x:feldart><code>label</code></x:feldart><x:datentyp><code>text</code></x:datentyp><x:inhalt>Bitte vollständig ausfüllen.</x:inhalt>
              </x:datenfeld></x:enthaelt></x:struktur>
              <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeld>
                <x:identifikation><x:id>F7</x:id></x:identifikation><x:name>Aktenzeichen</x:name>
                <x:feldart><code>hidden</code></x:feldart><x:datentyp><code>text</code></x:datentyp><x:inhalt>66.10</x:inhalt>
              </x:datenfeld></x:enthaelt></x:struktur>
              <x:struktur><x:anzahl>0:1</x:anzahl><x:enthaelt><x:datenfeld>
                <x:identifikation><x:id>F8</x:id></x:identifikation><x:name>Lageplan</x:name>
                <x:feldart><code>input</code></x:feldart><x:datentyp><code>file</code></x:datentyp><x:maxSize>2000000</x:maxSize>
                <x:mediaType>application/pdf</x:mediaType><x:mediaType>application/vnd.ms-excel</x:mediaType>
              </x:datenfeld></x:enthaelt></x:struktur>
              <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeld>
                <x:identifikation><x:id>F9</x:id></x:identifikation><x:name>Erklärung</x:name><x:bezeichnungEingabe>Ich versichere die Richtigkeit.</x:bezeichnungEingabe>
                <x:feldart><code>input</code></x:feldart><x:datentyp><code>bool</code></x:datentyp>
              </x:datenfeld></x:enthaelt></x:struktur>
              <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeld>
                <x:name>Ohne Kennung</x:name><x:feldart><code>zauber</code></x:feldart>
              </x:datenfeld></x:enthaelt></x:struktur>
            </x:datenfeldgruppe></x:enthaelt></x:struktur>
          </x:stammdatenschema>
        </x:xdatenfelder.stammdatenschema.0102>
        """

    static let staat = CodeList(
        canonicalUri: "urn:test:staat", version: "1", canonicalVersionUri: "urn:test:staat_1", name: "Staat",
        entries: [.init(code: "000", name: "Deutschland"), .init(code: "121", name: "Albanien")])

    @Test("Groups become steps, fieldsets and repeatable groups; kinds, constraints, hints and options are mapped")
    func mapping() throws {
        let result = try XDFImporter(codeLists: ["urn:test:staat_1": Self.staat]).importSchema(Data(Self.xdf3.utf8))
        #expect(result.title == "Anzeige einer Brunnenbohrung")
        #expect(result.schema.steps.map(\.title) == ["Angaben zur Person", "Brunnen", "Abschluss"])
        let person = result.schema.steps[0].fields
        #expect(person.map(\.key) == ["G1-F1", "G1-F2", "G1-F3", "G1-F4"])
        #expect(person[0].label == "Familienname")
        #expect(person[0].hint == "Wie im Ausweis.")
        #expect(person[0].constraints.minLength == 1)
        #expect(person[0].constraints.maxLength == 120)
        #expect(person[1].isRequired == false)
        #expect(person[1].constraints.pattern == "[0-9]{5}")
        #expect(person[2].kind == .singleChoice)
        #expect(person[2].options.map(\.label) == ["Garten", "Haushalt"])
        #expect(person[3].options.map(\.value) == ["000", "121"])
        let wells = try #require(result.schema.steps[1].fields.first)
        #expect(wells.kind == .group)
        #expect(wells.repetition == Repetition(min: 1, max: 3, itemName: "Brunnen"))
        #expect(wells.fields.map(\.key) == ["F5", "F5-2"])
        #expect(wells.fields[0].kind == .decimal)
        #expect(wells.fields[0].constraints.max == 200)
        let closing = result.schema.steps[2].fields
        #expect(closing.map(\.kind) == [.staticText, .hidden, .file, .consent, .text])
        #expect(closing[0].hint == "Bitte vollständig ausfüllen.")
        #expect(closing[1].fixedValue == "66.10")
        #expect(closing[2].constraints.maxFileBytes == 2_000_000)
        #expect(closing[2].constraints.mediaTypes == ["application/pdf"])
        #expect(result.notes == ["Schema: Regel R99000000001 (Pflicht): WENN F1 = ja, DANN Pflicht"])
        #expect(result.warnings.contains("Die Kennung „F5“ kommt an derselben Stelle mehrfach vor; die Wiederholung heißt „F5-2“."))
        #expect(result.warnings.contains("Ein Element ohne Kennung (identifikation/id) wurde als „F1“ übernommen."))
        #expect(result.warnings.contains { $0.hasPrefix("Die Feldart „zauber“") })
        #expect(result.warnings.contains { $0.contains("application/vnd.ms-excel") })
        #expect(result.schema.problems.isEmpty)
        #expect(result.fields == 11)
        #expect(result.groups == 3)
    }

    @Test("Missing code lists become free text; xdf2 Präzisierung is read as JSON, leniently")
    func xdf2Leniency() throws {
        let xdf2 = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <xdf:xdatenfelder.stammdatenschema.0102 xmlns:xdf="urn:xoev-de:fim:standard:xdatenfelder_2">
              <xdf:stammdatenschema>
                <xdf:identifikation><xdf:id>S99000001</xdf:id><xdf:version>1.0</xdf:version></xdf:identifikation>
                <xdf:name>Gewerbe\u{E4}nderung</xdf:name>
                <xdf:struktur><xdf:anzahl>1:1</xdf:anzahl><xdf:enthaelt><xdf:datenfeld>
                  <xdf:identifikation><xdf:id>F99000001</xdf:id></xdf:identifikation><xdf:name>Stra\u{DF}e</xdf:name>
                  <xdf:feldart><code>input</code></xdf:feldart><xdf:datentyp><code>text</code></xdf:datentyp>
                  <xdf:praezisierung>{"minLength":"1","maxLength":"50","pattern":"[\\\\p{L}0-9. ]*"}</xdf:praezisierung>
                </xdf:datenfeld></xdf:enthaelt></xdf:struktur>
                <xdf:struktur><xdf:anzahl>1:1</xdf:anzahl><xdf:enthaelt><xdf:datenfeld>
                  <xdf:identifikation><xdf:id>F99000002</xdf:id></xdf:identifikation><xdf:name>Tag</xdf:name>
                  <xdf:feldart><code>input</code></xdf:feldart><xdf:datentyp><code>num_int</code></xdf:datentyp><xdf:praezisierung>1..31</xdf:praezisierung>
                </xdf:datenfeld></xdf:enthaelt></xdf:struktur>
                <xdf:struktur><xdf:anzahl>1:1</xdf:anzahl><xdf:enthaelt><xdf:datenfeld>
                  <xdf:identifikation><xdf:id>F99000003</xdf:id></xdf:identifikation><xdf:name>Art</xdf:name>
                  <xdf:feldart><code>select</code></xdf:feldart><xdf:datentyp><code>text</code></xdf:datentyp>
                  <xdf:codelisteReferenz><xdf:identifikation><xdf:id>C1</xdf:id></xdf:identifikation>
                    <xdf:genericodeIdentification><xdf:canonicalIdentification>urn:test:fehlt</xdf:canonicalIdentification></xdf:genericodeIdentification></xdf:codelisteReferenz>
                </xdf:datenfeld></xdf:enthaelt></xdf:struktur>
                <xdf:struktur><xdf:anzahl>0:*</xdf:anzahl><xdf:enthaelt><xdf:datenfeld>
                  <xdf:identifikation><xdf:id>F99000004</xdf:id></xdf:identifikation><xdf:name>Telefon</xdf:name>
                  <xdf:feldart><code>input</code></xdf:feldart><xdf:datentyp><code>text</code></xdf:datentyp><xdf:praezisierung>{"pattern":"Mehrfachauswahl"}</xdf:praezisierung>
                </xdf:datenfeld></xdf:enthaelt></xdf:struktur>
              </xdf:stammdatenschema>
            </xdf:xdatenfelder.stammdatenschema.0102>
            """
        let data = try #require(xdf2.data(using: .isoLatin1))
        let result = try XDFImporter().importSchema(data)
        #expect(result.standard == .xdf2)
        let fields = result.schema.steps[0].fields
        #expect(result.schema.steps[0].title == "Gewerbeänderung")
        #expect(fields[0].label == "Straße")
        #expect(fields[0].constraints.maxLength == 50)
        #expect(fields[0].constraints.pattern == #"[\p{L}0-9. ]*"#)
        #expect(fields[1].kind == .integer)
        #expect(fields[2].kind == .text)
        #expect(fields[3].kind == .group)
        #expect(fields[3].repetition == Repetition(min: 0, max: 50, itemName: "Eintrag"))
        #expect(result.warnings.contains("Die Präzisierung „1..31“ von „Tag“ (F99000002) ist nicht lesbar und wurde nicht übernommen."))
        #expect(result.warnings.contains("Die Codeliste „urn:test:fehlt“ für „Art“ (F99000003) ist nicht vorhanden; das Feld wird als Freitext abgefragt."))
        #expect(result.warnings.contains { $0.hasPrefix("Das Muster „Mehrfachauswahl“") })
        #expect(result.schema.problems.isEmpty)
    }

    @Test(
        "Bad input is refused with a clear message",
        arguments: [
            ("", "Die Datei ist leer."),
            ("<a><b></a>", "Die Datei ist kein wohlgeformtes XML"),
            (#"<x xmlns="urn:example"/>"#, "Die Datei ist kein XDatenfelder-Dokument (Namensraum „urn:example“)."),
            (#"<x:xdatenfelder.datenfeldgruppe.0103 xmlns:x="urn:xoev-de:fim:standard:xdatenfelder_3.0.0"/>"#, "ist kein Stammdatenschema"),
            (#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><lolz>&lol2;</lolz>"#, "DTD oder Entitäten"),
            (
                #"<x:xdatenfelder.stammdatenschema.0102 xmlns:x="urn:xoev-de:fim:standard:xdatenfelder_3.0.0"><x:stammdatenschema/></x:xdatenfelder.stammdatenschema.0102>"#,
                "keine Felder"
            ),
        ])
    func refuses(text: String, reason: String) {
        #expect {
            _ = try XDFImporter().importSchema(Data(text.utf8))
        } throws: { error in
            (error as? XDFError)?.message.contains(reason) == true
        }
    }

    @Test("A gigantic file is refused before parsing")
    func gigantic() {
        var data = Data(count: XDFInspector.maxBytes + 1)
        data.replaceSubrange(0..<5, with: Data("<a>xy".utf8))
        #expect {
            _ = try XDFImporter().importSchema(data)
        } throws: { error in
            (error as? XDFError)?.message.hasPrefix("Die Datei ist zu groß") == true
        }
    }

    @Test("A Genericode code list is read with its codes and names")
    func genericode() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?><gc:CodeList xmlns:gc="http://docs.oasis-open.org/codelist/ns/genericode/1.0/">
            <Identification><ShortName>Status</ShortName><Version>2020-02-06</Version><CanonicalUri>urn:test:status</CanonicalUri>
            <CanonicalVersionUri>urn:test:status_2020-02-06</CanonicalVersionUri></Identification>
            <ColumnSet><Column Id="code"/><Column Id="name"/><Key Id="k"><ColumnRef Ref="code"/></Key></ColumnSet>
            <SimpleCodeList><Row><Value ColumnRef="code"><SimpleValue>001</SimpleValue></Value><Value ColumnRef="name"><SimpleValue>ist schwanger</SimpleValue></Value></Row></SimpleCodeList>
            </gc:CodeList>
            """
        let list = try CodeList.parse(Data(text.utf8))
        #expect(list.canonicalVersionUri == "urn:test:status_2020-02-06")
        #expect(list.entries == [.init(code: "001", name: "ist schwanger")])
    }
}
