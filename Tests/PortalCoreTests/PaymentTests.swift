import Foundation
import PortalCore
import Testing

@Suite("Payment: cents, tax splits, purposes and the XBezahldienste format")
struct PaymentTests {
    @Test("Amounts are whole cents: euros round half away from zero, sums and products are exact")
    func cents() {
        #expect(MoneyAmount(euros: Decimal(string: "12.345")!).cents == 1235)
        #expect(MoneyAmount(euros: Decimal(string: "12.344")!).cents == 1234)
        #expect(MoneyAmount(euros: Decimal(string: "-0.005")!).cents == -1)
        #expect(MoneyAmount(euros: Decimal(string: "0.1")!) + MoneyAmount(euros: Decimal(string: "0.2")!) == MoneyAmount(cents: 30))
        #expect(MoneyAmount(cents: 1999) * 3 == MoneyAmount(cents: 5997))
        #expect(MoneyAmount(cents: 123_450).decimalText == "1234.50" && MoneyAmount(cents: 5).decimalText == "0.05")
        #expect(MoneyAmount(cents: -205).decimalText == "-2.05")
        #expect(MoneyAmount(decimalText: "12.5")?.cents == 1250 && MoneyAmount(decimalText: "12")?.cents == 1200)
        #expect(MoneyAmount(decimalText: "0.07")?.cents == 7 && MoneyAmount(decimalText: "-1.10")?.cents == -110)
        for bad in ["", "1.234", "1,50", "abc", "1.", ".5", "1e3", "--1", "12345678901234"] { #expect(MoneyAmount(decimalText: bad) == nil, "\(bad)") }
    }

    @Test("Net and tax add up to the gross amount at 0, 7 and 19 per cent")
    func taxSplit() {
        let split19 = MoneyAmount(cents: 11900).split(taxRatePercent: 19)
        #expect(split19.net.cents == 10000 && split19.tax.cents == 1900)
        let odd = MoneyAmount(cents: 1000).split(taxRatePercent: 19)
        // 10.00 / 1.19 = 8.4033… → 8.40 net, 1.60 tax.
        #expect(odd.net.cents == 840 && odd.tax.cents == 160)
        let seven = MoneyAmount(cents: 999).split(taxRatePercent: 7)
        #expect(seven.net.cents == 934 && seven.tax.cents == 65)
        #expect(MoneyAmount(cents: 2550).split(taxRatePercent: 0) == (MoneyAmount(cents: 2550), .zero))
        for cents in [1, 2, 3, 99, 100, 101, 12_345, 999_999] {
            for rate in [0, 7, 19] {
                let (net, tax) = MoneyAmount(cents: cents).split(taxRatePercent: rate)
                #expect(net + tax == MoneyAmount(cents: cents) && tax.cents >= 0, "\(cents) at \(rate) %")
            }
        }
    }

    @Test("Purposes: German letters written out, other characters spaces, at most 27 characters")
    func purpose() {
        #expect(PaymentPurpose.text("Gebühr Fällgenehmigung") == "Gebuehr Faellgenehmigung")
        #expect(PaymentPurpose.text("Straße/Öl: 12 € (ÄÜ)") == "Strasse Oel 12 AeUe")
        #expect(PaymentPurpose.text("BAU-2026-K7QM-4XD2 Baumfällung im Garten") == "BAU-2026-K7QM-4XD2 Baumfael")
        #expect(PaymentPurpose.text("   ") == "" && !PaymentPurpose.isValid(""))
        #expect(
            PaymentPurpose.isValid("BAU-2026-K7QM-4XD2 Gebuehr") && !PaymentPurpose.isValid("Gebühr")
                && !PaymentPurpose.isValid(String(repeating: "a", count: 28)))
        #expect(
            PaymentPurpose.text(template: "{aktenzeichen} {leistung}", reference: "BAU-2026-K7QM-4XD2", service: "Fällung") == "BAU-2026-K7QM-4XD2 Faellung")
        #expect(PaymentPurpose.text(template: "Baumschutz", reference: "BAU-2026-K7QM-4XD2", service: "Fällung") == "BAU-2026-K7QM-4XD2 Baumschu")
        for raw in ["<script>alert(1)</script>", "😀 Emoji", "Tab\tund\nZeile", String(repeating: "ß", count: 40)] {
            let text = PaymentPurpose.text(raw)
            #expect(text.isEmpty || PaymentPurpose.isValid(text), "\(raw) → \(text)")
        }
    }

    static let order = PaymentOrder(
        requestID: "5f0c1d2e-0000-4000-8000-000000000001", purpose: "BAU-2026-K7QM-4XD2 Gebuehr", description: "Fällgenehmigung für Bäume",
        redirectURL: "https://portal.example/leistungen/baumfaellung-beantragen/antrag/zahlung",
        items: [
            .init(
                id: "gebuehr", reference: "BAU-2026-K7QM-4XD2", description: "Verwaltungsgebühr", singleGross: MoneyAmount(cents: 5000),
                bookingData: ["Haushaltsstelle": "1.1.2.01", "Objektnummer": "4711"]),
            .init(id: "baum", reference: "BAU-2026-K7QM-4XD2", description: "je Baum", taxRatePercent: 19, quantity: 3, singleGross: MoneyAmount(cents: 1000)),
        ], requestor: .init(name: "Mustermann", firstName: "Erika", street: "Am Markt", houseNumber: "1", postalCode: "24534", city: "Musterstadt"))

    @Test("The create body has the interface's fields: total, items with net and tax, booking data, the UTC time with milliseconds")
    func createBody() throws {
        #expect(Self.order.problems.isEmpty && Self.order.total == MoneyAmount(cents: 8000))
        let body = XBezahldienste.createBody(Self.order, at: Date(timeIntervalSince1970: 1_796_030_100.25))
        let text = body.jsonText
        #expect(text.contains(#""requestTimestamp":"2026-11-30T09:15:00.250Z""#))
        #expect(text.contains(#""grosAmount":80"#) && text.contains(#""currency":"EUR""#))
        // Three trees at 10,00 € with 19 % VAT: the total is split as a whole (30,00 € → 25,21 € + 4,79 €), one tree on its own.
        #expect(text.contains(#""totalNetAmount":25.21,"totalTaxAmount":4.79,"singleNetAmount":8.4,"singleTaxAmount":1.6"#))
        #expect(text.contains(#""bookingData":{"Haushaltsstelle":"1.1.2.01","Objektnummer":"4711"}"#))
        #expect(text.contains(#""isOrganization":false"#) && text.contains(#""postalCode":"24534""#))
        var bad = Self.order
        bad.requestID = "mit leerzeichen"
        bad.purpose = "Gebühr"
        bad.items = []
        #expect(bad.problems == ["requestId", "purpose", "grosAmount"])
    }

    @Test("A platform's answer: the transaction and its status; garbage and unknown statuses are no answer; problems keep their code")
    func answers() throws {
        let answer = try JSONParser.parse(
            #"{"paymentRequest":{"grosAmount":80.00},"paymentInformation":{"transactionId":"T-123","transactionReference":"R1","transactionUrl":"https://pay.example/t/T-123","transactionRedirectUrl":"https://pay.example/pay/T-123","transactionTimestamp":"2026-11-30T10:15:01.000Z","paymentMethod":"GIROPAY","status":"PAYED","statusDetail":""}}"#
        )
        let transaction = try #require(XBezahldienste.transaction(from: answer))
        #expect(transaction.id == "T-123" && transaction.status == .payed && transaction.method == .giropay && transaction.amount == MoneyAmount(cents: 8000))
        #expect(transaction.payPageURL == "https://pay.example/pay/T-123" && transaction.statusDetail == nil)
        let strange = try JSONParser.parse(#"{"paymentInformation":{"transactionId":"T-1","status":"PAYED","paymentMethod":"BITCOIN"}}"#)
        #expect(XBezahldienste.transaction(from: strange)?.method == .other)
        for garbage in [
            #"{}"#, #"{"paymentInformation":{"status":"PAYED"}}"#, #"{"paymentInformation":{"transactionId":"T-1","status":"DONE"}}"#,
            #"{"paymentInformation":{"transactionId":"\#(String(repeating: "x", count: 45))","status":"PAYED"}}"#, #"[1,2]"#,
        ] {
            #expect(XBezahldienste.transaction(from: try JSONParser.parse(garbage)) == nil, "\(garbage)")
        }
        let problem = XBezahldienste.problem(
            from: try JSONParser.parse(#"{"type":"about:blank","status":409,"title":"Conflict","detail":"exists","functionalCode":"PAYMENT_EXISTS"}"#),
            status: 409)
        #expect(problem.functionalCode == "PAYMENT_EXISTS" && problem.status == 409)
    }

    @Test("The fee in lines: a base amount, a price per answer, a conditional amount; lines add up to the fee; a discount makes one line")
    func breakdown() throws {
        let schema = FormSchema(steps: [
            FormStep(
                title: "Bohrung",
                fields: [
                    FormField(key: "tiefe", kind: .decimal, label: "Bohrtiefe in Metern"),
                    FormField(key: "eilig", kind: .yesNo, label: "Eilbearbeitung?"),
                ])
        ])
        let fee = FeeExpression.sum([
            .amount(50), .product([.answer("tiefe"), .amount(Decimal(string: "2.15")!)]),
            .when(.equals("eilig", .bool(true)), .amount(20), .amount(0)),
        ])
        let answers = Answers(["tiefe": .decimal(Decimal(string: "12.5")!), "eilig": .bool(true)])
        let lines = FeeBreakdown.of(fee, answers: schema.fee == nil ? answers : answers, schema: schema, taxRatePercent: 19)
        #expect(
            lines.lines.map(\.label) == [
                .base, .perUnit(question: "Bohrtiefe in Metern", count: Decimal(string: "12.5")!, price: MoneyAmount(cents: 215)),
                .depending(question: "Eilbearbeitung?"),
            ])
        // 12,5 × 2,15 = 26,875: the line is rounded to 26,88, the fee the same way.
        #expect(lines.lines.map(\.amount.cents) == [5000, 2688, 2000])
        #expect(lines.total == MoneyAmount(euros: fee.fee(for: answers)))
        // 96,88 € gross at 19 %: the net 81,4118 rounds to 81,41, the tax is the rest.
        #expect(lines.tax == MoneyAmount(cents: 1547))
        // Not urgent: the conditional line drops out.
        let calm = FeeBreakdown.of(fee, answers: Answers(["tiefe": .integer(10), "eilig": .bool(false)]), schema: schema)
        #expect(calm.lines.map(\.amount.cents) == [5000, 2150])
        // A discount cannot be an item: one line with the whole fee.
        let discounted = FeeBreakdown.of(.sum([.amount(50), .amount(-10)]), answers: Answers(), schema: schema)
        #expect(discounted.lines == [.init(label: .fee, amount: MoneyAmount(cents: 4000))])
        // Nothing to pay: no lines.
        #expect(FeeBreakdown.of(.amount(0), answers: Answers(), schema: schema).lines.isEmpty)
        // Lines whose rounding differs from the fee's: the last takes up the difference.
        let thirds = FeeBreakdown.of(.sum([.amount(Decimal(string: "0.005")!), .amount(Decimal(string: "0.005")!)]), answers: Answers(), schema: schema)
        #expect(thirds.total == MoneyAmount(cents: 1) && thirds.lines.reduce(0) { $0 + $1.amount.cents } == 1)
    }

    @Test("A service's payment settings: platform IDs, booking data, purpose and VAT rate are checked")
    func servicePaymentProblems() {
        #expect(ServicePayment(policy: .required).problems.isEmpty)
        var settings = ServicePayment(
            policy: .required, originatorID: "mit leerzeichen",
            bookingData: [.init(key: "", value: "x"), .init(key: "A", value: "1"), .init(key: "A", value: "2")],
            purposeTemplate: "!!!", taxRatePercent: 101)
        #expect(settings.problems == [.platformID, .bookingData, .bookingDataTwice, .taxRate])
        settings = ServicePayment(policy: .required, purposeTemplate: String(repeating: "x", count: 201))
        #expect(settings.problems == [.purposeTemplate])
        #expect(ServicePayment(policy: .required, bookingData: [.init(key: "Haushaltsstelle", value: "1.1")]).bookingDictionary == ["Haushaltsstelle": "1.1"])
    }
}
