import Foundation
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import PortalViews
import PortalWeb
import Synchronization
import Testing

/// Paying before filing (issue 18) through the web form, against the in-process test platform.
@Suite("Payment before filing")
struct PaymentFlowTests {
    static let base = FormFlowTests.base
    static let slug = DemoCatalog.wellDrilling.slug

    /// The Brunnenbohrung with a fee of 50 € plus 2 € per metre (12,5 m in the test answers: 75 €),
    /// paid online before filing.
    static func makePaid(_ test: TestPortal) async throws {
        var service = try #require(try await test.portal.catalog.service(slug: slug))
        service.payment = ServicePayment(
            policy: .required, bookingData: [.init(key: "Haushaltsstelle", value: "1.1100.4310")], purposeTemplate: "{aktenzeichen} Brunnen")
        try await test.portal.catalog.save(service)
        var schema = DemoCatalog.wellDrillingForm
        schema.fee = .sum([.amount(50), .product([.answer("bohrtiefe"), .amount(2)])])
        var version = DemoCatalog.version(of: service, schema: schema, publishedAt: TestClock.now)
        version.id = Identifier(UUID())
        version.number = 2
        try await test.portal.catalog.publish(version)
    }

    /// Fills every step; the browser stands before the check page's button.
    static func fill(_ browser: inout TestBrowser) async throws {
        try await FormFlowTests.open(&browser)
        for (index, fields) in FormFlowTests.steps.enumerated() {
            _ = try await browser.post(base + "/schritt/\(index + 1)", fields)
        }
    }

    /// The test platform's transaction behind a payment page: its pay link.
    static func payLink(_ page: TestResponse) throws -> String {
        let text = page.text
        let start = try #require(text.range(of: "href=\"/testzahlung/"))
        let rest = text[start.upperBound...]
        return "/testzahlung/" + rest.prefix { $0 != "\"" }
    }

    /// At the test platform: opens the pay page of `page`'s link and ends the payment with `action`
    /// (`bezahlen`, `abbrechen`, `fehlschlagen`); returns where the platform sends the browser back.
    @discardableResult
    static func finish(_ browser: inout TestBrowser, from page: TestResponse, _ action: String) async throws -> String? {
        let link = try payLink(page)
        _ = try await browser.get(link)
        return try await browser.post(link, [("_aktion", action)]).location
    }

    @Test("The check page itemises the fee; the applicant pays at the platform, comes back and gets the confirmation; filed once, paid")
    func payAndFile() async throws {
        try await TestPortal.with { test in
            try await Self.makePaid(test)
            try await test.application().test(.router) { client in
                var browser = TestBrowser(client)
                try await Self.fill(&browser)
                let check = try await browser.get(Self.base + "/pruefen")
                #expect(check.text.contains("Grundgebühr"))
                #expect(check.text.contains("Bohrtiefe in Metern: 12,5 × 2,00 €"), "\(check.text)")
                #expect(check.text.contains("75,00 €"))
                #expect(check.text.contains("Weiter zur Bezahlung"))
                #expect(check.text.contains("Testzahlung"))
                let begun = try await browser.post(Self.base + "/pruefen", [])
                #expect(begun.status == .seeOther)
                let paymentPath = try #require(begun.location)
                #expect(paymentPath.hasPrefix("/bezahlung/"))
                #expect(try await test.portal.submissions.count() == 0, "nothing is filed before the payment is confirmed")
                let open = try await browser.get(paymentPath)
                #expect(open.status == .ok)
                #expect(open.text.contains("Jetzt bezahlen"))
                #expect(open.text.contains("75,00 €"))
                // A return address that claims payment changes nothing: the platform is asked.
                let forged = try await browser.get(paymentPath + "?status=PAYED&paymentStatus=PAYED")
                #expect(forged.text.contains("Jetzt bezahlen"))
                #expect(try await test.portal.submissions.count() == 0)
                let payPage = try await browser.get(try Self.payLink(open))
                #expect(payPage.status == .ok)
                #expect(payPage.text.contains("Testzahlung"))
                let paid = try await browser.post(try Self.payLink(open), [("_aktion", "bezahlen")])
                #expect(paid.status == .seeOther)
                #expect(paid.location == paymentPath)
                let back = try await browser.get(paymentPath)
                #expect(back.location == Self.base + "/eingegangen")
                let confirmation = try await browser.get(Self.base + "/eingegangen")
                #expect(confirmation.text.contains("Ihre Zahlung über 75,00 € ist eingegangen."))
                #expect(confirmation.text.contains("access-code"))
                #expect(confirmation.text.contains(Strings.german.accessCodeAlsoMailed), "the acknowledgement went to the address in the answers")
                // Coming back through the same address again files nothing more.
                _ = try await browser.get(paymentPath)
            }
            #expect(try await test.portal.submissions.count() == 1)
            let pendingIDs = try await test.portal.payments.payments(from: .distantPast, to: .distantFuture)
            #expect(pendingIDs.count == 1)
            let payment = try #require(pendingIDs.first)
            #expect(payment.status == .payed)
            #expect(payment.amount == MoneyAmount(cents: 7500))
            #expect(payment.bookingData == ["Haushaltsstelle": "1.1100.4310"])
            #expect(
                payment.items == [
                    .init(description: "Grundgebühr", amount: MoneyAmount(cents: 5000)),
                    .init(description: "Geplante Bohrtiefe in Metern: 12,5 × 2,00 €", amount: MoneyAmount(cents: 2500)),
                ], "the lines are kept with the payment")
            let submissionID = try #require(payment.submissionID)
            let submission = try #require(try await test.portal.submissions.submission(id: submissionID))
            #expect(payment.reference == submission.reference.rawValue)
            #expect(payment.purpose == submission.reference.rawValue + " Brunnen")
            #expect(submission.fee == 75)
            #expect(try await test.portal.payments.pendingApplication(id: submission.id) == nil, "it waits no longer")
        }
    }

    @Test("A computed fee not paid online is shown in lines too, and the application is filed at once")
    func feeNotPaidOnline() async throws {
        try await TestPortal.with { test in
            try await Self.makePaid(test)
            var service = try #require(try await test.portal.catalog.service(slug: Self.slug))
            service.payment = nil
            try await test.portal.catalog.save(service)
            try await test.application().test(.router) { client in
                var browser = TestBrowser(client)
                try await Self.fill(&browser)
                let check = try await browser.get(Self.base + "/pruefen")
                #expect(check.text.contains("Grundgebühr") && check.text.contains("75,00 €"))
                #expect(!check.text.contains("Weiter zur Bezahlung") && !check.text.contains("Testzahlung"))
                #expect(try await browser.post(Self.base + "/pruefen", []).location == Self.base + "/eingegangen")
            }
            #expect(try await test.portal.submissions.count() == 1)
            #expect(try await test.portal.payments.payments(from: .distantPast, to: .distantFuture).isEmpty)
        }
    }

    @Test("A cancelled payment can be paid again with a new request; giving up returns to the answers; a double click makes one payment")
    func cancelRetryAndGiveUp() async throws {
        try await TestPortal.with { test in
            try await Self.makePaid(test)
            try await test.application().test(.router) { client in
                var browser = TestBrowser(client)
                try await Self.fill(&browser)
                _ = try await browser.get(Self.base + "/pruefen")
                let first = try #require(try await browser.post(Self.base + "/pruefen", []).location)
                let again = try await browser.post(Self.base + "/pruefen", [])
                #expect(again.location == first, "a second press leads to the same payment")
                #expect(try await test.portal.payments.payments(from: .distantPast, to: .distantFuture).count == 1)
                let open = try await browser.get(first)
                // A new payment while the first may still be paid is refused.
                let early = try await browser.post(first, [("_aktion", "erneut-bezahlen")])
                #expect(early.location == first)
                #expect(try await browser.get(first).text.contains("noch als offen"))
                #expect(try await test.portal.payments.payments(from: .distantPast, to: .distantFuture).count == 1)
                try await Self.finish(&browser, from: open, "abbrechen")
                let canceled = try await browser.get(first)
                #expect(canceled.text.contains("Sie haben die Zahlung abgebrochen."))
                #expect(canceled.text.contains("Erneut bezahlen"))
                let retried = try await browser.post(first, [("_aktion", "erneut-bezahlen")])
                let second = try #require(retried.location)
                #expect(second != first)
                let payments = try await test.portal.payments.payments(from: .distantPast, to: .distantFuture)
                #expect(payments.count == 2)
                #expect(Set(payments.map(\.requestID)).count == 2, "a new payment has its own request")
                #expect(payments[0].submissionID == payments[1].submissionID, "for the same application")
                let secondPage = try await browser.get(second)
                try await Self.finish(&browser, from: secondPage, "fehlschlagen")
                #expect(try await browser.get(second).text.contains("Die Zahlung ist nicht gelungen."))
                let gaveUp = try await browser.post(second, [("_aktion", "nicht-bezahlen")])
                #expect(gaveUp.location == Self.base + "/pruefen")
                let checkAgain = try await browser.get(Self.base + "/pruefen")
                #expect(checkAgain.status == .ok)
                #expect(checkAgain.text.contains("Der Antrag wurde nicht eingereicht."))
                let waiting = try await test.portal.payments.payments(from: .distantPast, to: .distantFuture)
                let waitingID = try #require(waiting[0].submissionID)
                #expect(try await test.portal.payments.pendingApplication(id: waitingID) == nil)
                // Sent again: a new application waits, and this time it is paid.
                let third = try #require(try await browser.post(Self.base + "/pruefen", []).location)
                let thirdPage = try await browser.get(third)
                try await Self.finish(&browser, from: thirdPage, "bezahlen")
                #expect(try await browser.get(third).location == Self.base + "/eingegangen")
            }
            #expect(try await test.portal.submissions.count() == 1)
            let statuses = try await test.portal.payments.payments(from: .distantPast, to: .distantFuture).map(\.status)
            #expect(statuses == [.canceled, .failed, .payed])
        }
    }

    @Test("Closed on the pay page: the polling job reads PAYED from the platform and files the application with its acknowledgement")
    func pollingFiles() async throws {
        try await TestPortal.with { test in
            try await Self.makePaid(test)
            try await test.application().test(.router) { client in
                var browser = TestBrowser(client)
                try await Self.fill(&browser)
                let paymentPath = try #require(try await browser.post(Self.base + "/pruefen", []).location)
                let open = try await browser.get(paymentPath)
                // Paid at the platform; the browser never comes back.
                let platform = try #require(test.portal.paymentGateway as? TestPaymentPlatform)
                let transaction = String(try Self.payLink(open).dropFirst("/testzahlung/".count))
                #expect(try await platform.transaction(transaction, originator: nil, endpoint: nil).status == .initial)
                let paidAt = try await client.execute(uri: try Self.payLink(open), method: .get)
                #expect(paidAt.status == .ok)
            }
            let platform = try #require(test.portal.paymentGateway as? TestPaymentPlatform)
            let payment = try #require(try await test.portal.payments.payments(from: .distantPast, to: .distantFuture).first)
            let transactionID = try #require(payment.transactionID)
            _ = platform.finishForTests(transactionID, as: .payed)
            var dependencies = test.dependencies
            // Too early: the first check is due two minutes after the payment was made.
            #expect(try await PaymentPolling(dependencies, portalName: "Test").run() == 0)
            #expect(try await test.portal.submissions.count() == 0)
            dependencies.now = { TestClock.now.addingTimeInterval(121) }
            #expect(try await PaymentPolling(dependencies, portalName: "Test").run() == 1)
            #expect(try await test.portal.submissions.count() == 1)
            let filed = try #require(try await test.portal.payments.payment(id: payment.id))
            #expect(filed.status == .payed)
            #expect(filed.nextCheckAt == nil)
            let filedID = try #require(filed.submissionID)
            let submission = try #require(try await test.portal.submissions.submission(id: filedID))
            #expect(try await test.portal.outbox.waitingCount() == 1, "the acknowledgement with the access code is on its way")
            // The receipt names the payment.
            try await test.worker(now: { TestClock.now.addingTimeInterval(122) }).runOnce()
            let receipt = try #require(try await test.portal.receipts.receipt(of: submission.id))
            if let text = try ReceiptTests.text(of: receipt) {
                #expect(text.contains("Online bezahlt: 75,00 € am 30.11.2026"), "\(text.prefix(800))")
                #expect(text.contains("(OTHER), Transaktion"))
                #expect(text.contains("Grundgebühr: 50,00 €"), "the receipt lists what the amount is made of")
            }
            // Another round files nothing twice.
            #expect(try await PaymentPolling(dependencies, portalName: "Test").run() == 0)
            #expect(try await test.portal.submissions.count() == 1)
            #expect(submission.reference.rawValue == filed.reference)
        }
    }

    @Test("Bad input: a tampered amount, a stranger's browser, no platform, the API, a platform that does not answer or refuses")
    func badInput() async throws {
        try await TestPortal.with { test in
            try await Self.makePaid(test)
            try await test.application().test(.router) { client in
                var browser = TestBrowser(client)
                try await Self.fill(&browser)
                _ = try await browser.get(Self.base + "/pruefen")
                let tampered = try await browser.post(Self.base + "/pruefen", [("betrag", "1"), ("grosAmount", "0.01")])
                #expect(tampered.status == .badRequest)
                #expect(try await test.portal.payments.payments(from: .distantPast, to: .distantFuture).isEmpty)
                let path = try #require(try await browser.post(Self.base + "/pruefen", []).location)
                // Someone else with the address sees the state only, and cannot act.
                var stranger = TestBrowser(client)
                let seen = try await stranger.get(path)
                #expect(seen.status == .ok)
                #expect(!seen.text.contains("BRU-2026"), "no reference for a stranger")
                _ = try await stranger.get("/")
                #expect(try await stranger.post(path, [("_aktion", "nicht-bezahlen")]).status == .forbidden)
                #expect(try await stranger.get("/bezahlung/00000000-0000-4000-8000-00000000ffff").status == .notFound)
                #expect(try await stranger.get("/bezahlung/..%2F..%2Fetc").status == .notFound)
                let api = try await client.postJSON(
                    "/api/v1/services/\(Self.slug)/submissions",
                    #"{"answers":{"vorname":"A","nachname":"B","strasse":"C 1","plz":"24534","ort":"D","email":"a@example.de","bohrstelle_strasse":"E 2","bohrstelle_plz":"24534","bohrstelle_ort":"F","gemarkung":"G","flur":"3","flurstueck":"1","zweck":"gartenbewaesserung","bohrbeginn":"\#(TestClock.today.adding(days: 35).iso)","bohrtiefe":10,"durchmesser":100,"bohrfirma":"H","erklaerung":true}}"#
                )
                #expect(api.status == .conflict, "\(api.text)")
                #expect(api.text.contains("payment.policy required") || api.text.contains("paid online"))
            }
            // Without a platform the check page says so and nothing is filed.
            try await test.application(adjust: { $0.paymentGateway = nil }).test(.router) { client in
                var browser = TestBrowser(client)
                try await Self.fill(&browser)
                let check = try await browser.get(Self.base + "/pruefen")
                #expect(check.text.contains("nicht eingerichtet"))
                #expect(!check.text.contains("Weiter zur Bezahlung"))
                #expect(try await browser.post(Self.base + "/pruefen", []).status == .serviceUnavailable)
            }
            #expect(try await test.portal.submissions.count() == 0)
            // A platform that does not answer the first time: the same request goes again.
            let flaky = FlakyGateway(inner: TestPaymentPlatform(), failures: [.unreachable("timeout")])
            try await test.application(adjust: { $0.paymentGateway = flaky }).test(.router) { client in
                var browser = TestBrowser(client)
                try await Self.fill(&browser)
                let path = try #require(try await browser.post(Self.base + "/pruefen", []).location)
                let notSent = try await browser.get(path)
                #expect(notSent.text.contains("hat gerade nicht geantwortet"))
                _ = try await browser.post(path, [("_aktion", "erneut-senden")])
                let open = try await browser.get(path)
                #expect(open.text.contains("Jetzt bezahlen"), "\(open.text)")
                #expect(flaky.requestIDs.count == 2)
                #expect(Set(flaky.requestIDs).count == 1, "the same request id both times")
            }
            // A platform that says the payment exists: said plainly, no second transaction.
            let refusing = FlakyGateway(
                inner: TestPaymentPlatform(),
                failures: Array(repeating: .problem(.init(status: 409, title: "exists", functionalCode: "PAYMENT_EXISTS")), count: 3))
            try await test.application(adjust: { $0.paymentGateway = refusing }).test(.router) { client in
                var browser = TestBrowser(client)
                try await Self.fill(&browser)
                let path = try #require(try await browser.post(Self.base + "/pruefen", []).location)
                let refused = try await browser.get(path)
                #expect(refused.text.contains("PAYMENT_EXISTS"))
                #expect(refused.text.contains("nichts abgebucht"))
            }
            #expect(try await test.portal.submissions.count() == 0, "never filed unpaid")
        }
    }
}

/// A fee the case worker sets after filing (policy `deferred`).
@Suite("Payment after filing")
struct DeferredPaymentTests {
    @Test(
        "The case worker asks for 40 €; the applicant is told, pays from the case page, cancels once and pays again; wrong amounts and a second request are refused"
    )
    func askAndPay() async throws {
        try await TestPortal.with { test in
            var service = try #require(try await test.portal.catalog.service(slug: PaymentFlowTests.slug))
            service.payment = ServicePayment(policy: .deferred, bookingData: [.init(key: "Haushaltsstelle", value: "9.9")])
            try await test.portal.catalog.save(service)
            try await test.addStaff("anna", password: "geheim-und-lang", name: "Anna", roles: [.caseWorker], units: [DemoCatalog.waterAuthority])
            try await test.application().test(.router) { client in
                var applicant = TestBrowser(client)
                try await FormFlowTests.fileAll(&applicant)
                let confirmation = try await applicant.get(FormFlowTests.base + "/eingegangen")
                let codeRange = try #require(
                    confirmation.text.range(of: #"Ihr Zugangscode<br><strong class="access-code">[0-9A-Z-]{14}<"#, options: .regularExpression))
                let code = String(confirmation.text[codeRange].dropLast().suffix(14))
                let submission = try #require(try await test.portal.submissions.submissions(of: DemoCatalog.waterAuthority.id, after: nil, limit: 10).first)
                let reference = submission.reference.rawValue
                _ = try await applicant.get("/vorgang")
                #expect(try await applicant.post("/vorgang", [("aktenzeichen", reference), ("zugangscode", code)]).location == "/vorgang/\(reference)")
                #expect(!(try await applicant.get("/vorgang/\(reference)").text.contains(#"id="gebuehr""#)), "nothing asked for yet")

                var worker = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&worker, "anna", "geheim-und-lang")
                let casePage = try await worker.get("/intern/antraege/\(reference)")
                #expect(casePage.text.contains("Gebühr anfordern"))
                let path = "/intern/antraege/\(reference)/zahlung"
                for wrong in ["", "abc", "0", "-5", "100000,01", "12,345"] {
                    let refused = try await worker.post(path, [("_aktion", "anfordern"), ("betrag", wrong)])
                    #expect(refused.status == .unprocessableContent, "\(wrong)")
                    #expect(refused.text.contains("Bitte geben Sie einen Betrag von 0,01 bis 100.000,00 Euro an"))
                }
                #expect(try await test.portal.payments.payments(of: submission.id).isEmpty)
                _ = try await worker.get("/intern/antraege/\(reference)")
                #expect(try await worker.post(path, [("_aktion", "anfordern"), ("betrag", "40")]).location == "/intern/antraege/\(reference)#zahlung")
                _ = try await worker.get("/intern/antraege/\(reference)")
                #expect(try await worker.post(path, [("_aktion", "anfordern"), ("betrag", "50")]).status == .conflict, "one request at a time")
                let requested = try await test.portal.payments.payments(of: submission.id)
                #expect(requested.map(\.amount.cents) == [4000] && requested.first?.transactionID == nil)
                #expect(requested.first?.bookingData == ["Haushaltsstelle": "9.9"])

                // The applicant sees it (and got a message), pays, cancels, pays again.
                let status = try await applicant.get("/vorgang/\(reference)")
                #expect(status.text.contains(#"id="gebuehr""#))
                #expect(status.text.contains("Gebühr von 40,00 € zu bezahlen"))
                let first = try #require(try await applicant.post("/vorgang/\(reference)/bezahlen", []).location)
                #expect(first.hasPrefix("/bezahlung/"))
                let open = try await applicant.get(first)
                #expect(open.text.contains(reference) && open.text.contains("Zurück zu Ihrem Antrag"))
                try await PaymentFlowTests.finish(&applicant, from: open, "abbrechen")
                let canceled = try await applicant.get(first)
                #expect(canceled.text.contains("erneut bezahlen"), "\(canceled.text)")
                #expect(try await applicant.get("/vorgang/\(reference)").text.contains("Erneut bezahlen"))
                let second = try #require(try await applicant.post("/vorgang/\(reference)/bezahlen", []).location)
                #expect(second != first)
                try await PaymentFlowTests.finish(&applicant, from: try await applicant.get(second), "bezahlen")
                #expect(try await applicant.get(second).text.contains("Ihre Zahlung ist eingegangen. Vielen Dank."))
                let after = try await applicant.get("/vorgang/\(reference)")
                #expect(!after.text.contains(#"id="gebuehr""#), "nothing due any more")
                #expect(after.text.contains("Online-Zahlung: 40,00 € – bezahlt am"))
                // Someone without access to the case cannot pay it from there, nor see the details.
                var stranger = TestBrowser(client)
                _ = try await stranger.get("/vorgang")
                #expect(try await stranger.post("/vorgang/\(reference)/bezahlen", []).location == "/vorgang")
                #expect(!(try await stranger.get(second).text.contains(reference)))
                // Paid: no new request, no withdrawal.
                _ = try await worker.get("/intern/antraege/\(reference)")
                #expect(try await worker.post(path, [("_aktion", "anfordern"), ("betrag", "10")]).status == .conflict)
                #expect(try await worker.post(path, [("_aktion", "zurueckziehen")]).status == .conflict)
            }
            let statuses = try await test.portal.payments.payments(from: .distantPast, to: .distantFuture).map(\.status)
            #expect(statuses == [.canceled, .payed])
            #expect(try await test.queuedMails().contains { $0.subject.hasPrefix("Neue Nachricht zu Ihrem Antrag") })
        }
    }

    @Test("A request the applicant has not started paying can be withdrawn; then nothing is due; services that take no later payment have no panel")
    func withdraw() async throws {
        try await TestPortal.with { test in
            var service = try #require(try await test.portal.catalog.service(slug: PaymentFlowTests.slug))
            service.payment = ServicePayment(policy: .deferred)
            try await test.portal.catalog.save(service)
            try await test.addStaff("anna", password: "geheim-und-lang", name: "Anna", roles: [.caseWorker], units: [DemoCatalog.waterAuthority])
            try await test.application().test(.router) { client in
                var applicant = TestBrowser(client)
                try await FormFlowTests.fileAll(&applicant)
                let submission = try #require(try await test.portal.submissions.submissions(of: DemoCatalog.waterAuthority.id, after: nil, limit: 10).first)
                let reference = submission.reference.rawValue
                var worker = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&worker, "anna", "geheim-und-lang")
                _ = try await worker.get("/intern/antraege/\(reference)")
                let path = "/intern/antraege/\(reference)/zahlung"
                #expect(try await worker.post(path, [("_aktion", "zurueckziehen")]).status == .conflict, "nothing to withdraw")
                _ = try await worker.post(path, [("_aktion", "anfordern"), ("betrag", "12,50")])
                #expect(try await worker.get("/intern/antraege/\(reference)").text.contains("Anforderung zurückziehen"))
                #expect(try await worker.post(path, [("_aktion", "zurueckziehen")]).location == "/intern/antraege/\(reference)#zahlung")
                #expect(try await test.portal.payments.payments(of: submission.id).map(\.status) == [.canceled], "withdrawn")
                #expect(try await worker.get("/intern/antraege/\(reference)").text.contains("Zahlung anfordern"), "may ask again")
                // Without the policy, no panel and no request.
                var plain = try #require(try await test.portal.catalog.service(slug: PaymentFlowTests.slug))
                plain.payment = nil
                try await test.portal.catalog.save(plain)
                #expect(!(try await worker.get("/intern/antraege/\(reference)").text.contains("Gebühr anfordern")))
                #expect(try await worker.post(path, [("_aktion", "anfordern"), ("betrag", "5")]).status == .conflict)
            }
        }
    }
}

/// A platform that fails the first calls to create as told, then answers like the test platform.
final class FlakyGateway: PaymentGateway {
    let inner: TestPaymentPlatform
    private let state: Mutex<(failures: [PaymentFailure], requestIDs: [String])>

    init(inner: TestPaymentPlatform, failures: [PaymentFailure]) {
        self.inner = inner
        state = Mutex((failures, []))
    }

    var isTest: Bool { true }
    var info: PaymentGatewayInfo { inner.info }
    var requestIDs: [String] { state.withLock { $0.requestIDs } }

    func create(_ order: PaymentOrder, originator: String?, endpoint: String?) async throws(PaymentFailure) -> XBezahldienste.Transaction {
        let failure = state.withLock { state -> PaymentFailure? in
            state.requestIDs.append(order.requestID)
            return state.failures.isEmpty ? nil : state.failures.removeFirst()
        }
        if let failure { throw failure }
        return try await inner.create(order, originator: originator, endpoint: endpoint)
    }

    func transaction(_ id: String, originator: String?, endpoint: String?) async throws(PaymentFailure) -> XBezahldienste.Transaction {
        try await inner.transaction(id, originator: originator, endpoint: endpoint)
    }
}
