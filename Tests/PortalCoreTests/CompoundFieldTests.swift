import Foundation
import PortalCore
import PortalTestSupport
import Testing

@Suite("Postal address, location and file answers")
struct CompoundFieldTests {
    static let schema = FormSchema(steps: [
        FormStep(
            title: "Ort",
            fields: [
                FormField(key: "anschrift", kind: .postalAddress, label: "Anschrift"),
                FormField(key: "bohrstelle", kind: .location, label: "Lage der Bohrstelle"),
                FormField(key: "lageplan", kind: .file, label: "Lageplan", isRequired: false, constraints: FieldConstraints(maxFiles: 2)),
            ])
    ])
    static let plan = UploadedFile(
        id: .init(UUID(uuidString: "00000000-0000-0000-0000-0000000000f1")!), name: "Lageplan.pdf", mediaType: "application/pdf", size: 2048, sha256: "ab")
    static let photo = UploadedFile(
        id: .init(UUID(uuidString: "00000000-0000-0000-0000-0000000000f2")!), name: "Foto.gif", mediaType: "image/gif", size: 2048, sha256: "cd")
    let validator = SubmissionValidator(schema: schema, today: TestClock.today, files: [plan.id: plan, photo.id: photo])

    static let kiel: [String: [String]] = [
        "anschrift.street": ["Düsternbrooker Weg"], "anschrift.houseNumber": ["70"], "anschrift.postalCode": ["24105"], "anschrift.city": ["Kiel"],
    ]

    @Test("An address from the form is kept as its parts, the PLZ without spaces")
    func addressFromForm() throws {
        var values = Self.kiel
        values["anschrift.postalCode"] = ["24 105"]
        values["bohrstelle.latitude"] = ["54,3233"]
        values["bohrstelle.longitude"] = ["10.1228"]
        let answers = try validator.validate(form: values).get()
        #expect(answers["anschrift"] == .address(PostalAddress(street: "Düsternbrooker Weg", houseNumber: "70", postalCode: "24105", city: "Kiel")))
        #expect(answers["bohrstelle"] == .location(Location(coordinates: .init(latitude: Decimal(string: "54.3233")!, longitude: Decimal(string: "10.1228")!))))
    }

    @Test(
        "Each missing or wrong part of an address gets its own message",
        arguments: [
            ("anschrift.street", "", "Bitte geben Sie bei „Anschrift“ die Straße an."),
            ("anschrift.houseNumber", "", "Bitte geben Sie bei „Anschrift“ die Hausnummer an."),
            ("anschrift.postalCode", "2410", "Die Postleitzahl bei „Anschrift“ muss aus fünf Ziffern bestehen, zum Beispiel 24103."),
            ("anschrift.postalCode", "00123", "Die Postleitzahl bei „Anschrift“ muss aus fünf Ziffern bestehen, zum Beispiel 24103."),
            ("anschrift.city", " ", "Bitte geben Sie bei „Anschrift“ den Ort an."),
        ])
    func addressProblems(name: String, value: String, message: String) throws {
        var values = Self.kiel
        values[name] = [value]
        values["bohrstelle.latitude"] = ["54,3"]
        values["bohrstelle.longitude"] = ["10,1"]
        guard case .failure(let failure) = validator.validate(form: values) else {
            Issue.record("accepted")
            return
        }
        #expect(failure.errors.map { $0.message() } == [message])
    }

    @Test("A location needs an address or coordinates inside Germany")
    func locationRules() throws {
        var values = Self.kiel
        guard case .failure(let missing) = validator.validate(form: values) else {
            Issue.record("accepted")
            return
        }
        #expect(missing.errors.map { $0.message() } == ["Bitte geben Sie bei „Lage der Bohrstelle“ eine Anschrift oder Koordinaten an."])
        values["bohrstelle.latitude"] = ["10,1"]
        values["bohrstelle.longitude"] = ["54,3"]
        guard case .failure(let swapped) = validator.validate(form: values) else {
            Issue.record("accepted")
            return
        }
        #expect(swapped.errors.first?.problem == .outsideGermany)
        values["bohrstelle.latitude"] = ["Kiel"]
        guard case .failure(let words) = validator.validate(form: values) else {
            Issue.record("accepted")
            return
        }
        #expect(words.errors.first?.problem == .invalidCoordinates)
        values["bohrstelle.latitude"] = [""]
        values["bohrstelle.longitude"] = [""]
        values["bohrstelle.street"] = ["Am Brunnen"]
        values["bohrstelle.houseNumber"] = ["3a"]
        values["bohrstelle.postalCode"] = ["24103"]
        values["bohrstelle.city"] = ["Kiel"]
        let answers = try validator.validate(form: values).get()
        guard case .location(let location)? = answers["bohrstelle"] else {
            Issue.record("no location")
            return
        }
        #expect(location.address?.lines == ["Am Brunnen 3a", "24103 Kiel"])
        #expect(location.coordinates == nil)
    }

    @Test("The API takes addresses and locations as objects and reports wrong shapes")
    func apiShapes() throws {
        let address = JSONValue.object([
            .init("street", .string("Hauptstraße")), .init("houseNumber", .string("1")), .init("postalCode", .string("24103")), .init("city", .string("Kiel")),
        ])
        let answers = try validator.validate(json: [
            .init("anschrift", address),
            .init("bohrstelle", .object([.init("latitude", .number(54.3)), .init("longitude", .number(10.1))])),
        ]).get()
        #expect(answers.json(in: Self.schema)["anschrift"] == address)
        guard
            case .failure(let failure) = validator.validate(json: [
                .init("anschrift", .string("Hauptstraße 1, 24103 Kiel")),
                .init("bohrstelle", .object([.init("latitude", .string("54.3")), .init("longitude", .number(10.1))])),
            ])
        else {
            Issue.record("accepted")
            return
        }
        #expect(failure.errors.map(\.problem) == [.wrongType(.postalAddress), .invalidCoordinates])
    }

    @Test("Without uploads to name (the JSON API), a file answer is refused with its own message")
    func apiFiles() {
        let plain = SubmissionValidator(schema: Self.schema, today: TestClock.today)
        guard case .failure(let failure) = plain.validate(json: [.init("lageplan", .array([.string(Self.plan.id.description)]))]) else {
            Issue.record("accepted")
            return
        }
        #expect(failure.error(for: "lageplan")?.message() == "Dateien für „Lageplan“ können über diese Schnittstelle nicht übermittelt werden.")
    }

    @Test("File answers name the applicant's own uploads; count and type are checked again")
    func files() throws {
        var values = Self.kiel
        values["bohrstelle.latitude"] = ["54,3"]
        values["bohrstelle.longitude"] = ["10,1"]
        values["lageplan"] = [Self.plan.id.description]
        #expect(try validator.validate(form: values).get()["lageplan"] == .files([Self.plan]))
        values["lageplan"] = [UUID().uuidString]
        guard case .failure(let unknown) = validator.validate(form: values) else {
            Issue.record("accepted")
            return
        }
        #expect(unknown.errors.map(\.problem) == [.unknownUpload])
        values["lageplan"] = [Self.photo.id.description]
        guard case .failure(let gif) = validator.validate(form: values) else {
            Issue.record("accepted")
            return
        }
        #expect(
            gif.errors.first?.message()
                == "Die Datei bei „Lageplan“ hat nicht die erlaubte Art. Erlaubt sind: PDF, JPEG, PNG. Maßgeblich ist der Inhalt, nicht die Dateiendung.")
        values["lageplan"] = [Self.plan.id.description, Self.plan.id.description, Self.plan.id.description]
        guard case .failure(let many) = validator.validate(form: values) else {
            Issue.record("accepted")
            return
        }
        #expect(many.errors.map(\.problem) == [.tooManyFiles(2)])
    }
}
