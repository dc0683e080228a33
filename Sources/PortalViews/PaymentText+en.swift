import PortalCore

extension PaymentText {
    public static let english = PaymentText(
        language: .english,
        base: "Base fee",
        perUnit: { question, count, price in "\(question): \(count) × \(price)" },
        depending: { "Fee for your answer to “\($0)”" },
        fee: "Fee",
        total: "Total",
        taxIncluded: { rate, amount in "including \(rate) % VAT: \(amount)" },
        checkHint:
            "You pay the fee online now, at the payment platform. Your application is sent as soon as the payment is confirmed; until then your answers are kept.",
        payAndSubmit: "Continue to payment",
        unavailable:
            "Online payment is not set up at the moment, so this application cannot be sent online; please contact the office in charge. Your answers are kept.",
        testPayment: "Test payment: no money moves here.",
        pageTitle: "Payment",
        amountLabel: "Amount",
        purposeLabel: "Payment reference",
        referenceLabel: "Reference",
        openText:
            "Your application is ready and is sent as soon as the payment is confirmed. You pay on the payment platform's page and come back here afterwards.",
        payNow: "Pay now",
        checkAgain: "Check payment status",
        notSent:
            "The payment platform did not answer just now. Nothing was charged and your application has not been sent yet. Please try again in a few minutes.",
        sendAgain: "Try again",
        refused: {
            "The payment platform did not accept the payment (\($0)). Nothing was charged and your application has not been sent yet. Please contact the office in charge."
        },
        canceledText: "You cancelled the payment. Nothing was charged and your application has not been sent yet.",
        failedText: "The payment did not go through. Nothing was charged and your application has not been sent yet.",
        payAgain: "Pay again",
        giveUp: "Do not pay and go back to the application",
        gaveUp: "The application was not sent. Your answers are still there; you can change them and send the application again.",
        paidElsewhere: "Your payment has arrived and your application is being sent. You receive the acknowledgement by e-mail or in your account.",
        stillOpenAfterRetry:
            "The payment platform still reports the last payment as open. A new payment is possible only once it is completed or cancelled, so nothing is charged twice.",
        paidNotice: { "Your payment of \($0) has arrived." },
        onlinePayment: "Online payment",
        settledOn: "on",
        transactionWord: "transaction",
        dueHeading: "Fee to pay",
        dueText: { "A fee of \($0) is due for your application. You can pay it online here." },
        backToCase: "Back to your application",
        paidFee: "Your payment has arrived. Thank you.",
        feeUnpaidText: "The payment was cancelled or did not go through; nothing was charged. You can pay the fee again on your application's page.",
        requestHeading: "Ask for the fee",
        requestHint: "The applicant gets a message and pays online on their application's page.",
        requestAmount: "Amount in euros",
        requestButton: "Ask for payment",
        withdrawRequest: "Withdraw the request",
        requested: "The payment is requested; the applicant got a message.",
        requestWithdrawn: "The request is withdrawn.",
        amountInvalid: "Please give an amount from 0.01 to 100,000.00 euros, for example 60,00.",
        alreadyRequested: "A payment has already been requested or paid for this application.",
        cannotWithdraw: "The applicant is paying at the payment platform right now; the request cannot be withdrawn now.",
        notDeferred: "Paying later is not set up for this service (online payment in the editor), or there is no payment platform.",
        requestMessage: { "A fee of \($0) is due for your application. You can pay it online on your application's page under “Fee to pay”." },
        status: { status in
            switch status {
            case .initial: "open"
            case .payed: "paid"
            case .failed: "failed"
            case .canceled: "cancelled"
            }
        },
        method: { method in
            switch method {
            case .giropay: "giropay"
            case .paydirect: "paydirekt"
            case .creditCard: "credit card"
            case .paypal: "PayPal"
            case .other: "other method"
            }
        },
        editorTitle: { "Online payment: \($0)" },
        editorIntro:
            "Here you decide whether this service's fee is paid online when the application is sent. The form computes the fee itself (rules and fee in the draft); here are the details for the payment platform and the treasury.",
        editorSection: "Online payment",
        editorLink: "Set up online payment",
        policyLegend: "Is the fee paid online?",
        policyName: { policy in
            switch policy {
            case .none: "Not online"
            case .required: "Yes, before the application is sent"
            case .deferred: "Later, once the case worker sets it"
            }
        },
        policyHint: { policy in
            switch policy {
            case .none: "The fee is paid another way, for instance after the decision."
            case .required: "The application is sent only once the payment platform has confirmed the payment."
            case .deferred: "Applicants pay later on their case page."
            }
        },
        originatorLabel: "Originator ID (originatorId)",
        endpointLabel: "Endpoint (endpointId)",
        platformIDHint: "Fill in only if this service is booked differently at the payment platform from the others.",
        bookingLabel: "Booking data for the treasury",
        bookingHint: "One entry per line as “Name: value”, for example “Haushaltsstelle: 1.1100.4310”.",
        purposeTemplateHint:
            "At most 27 characters on the bank statement. {aktenzeichen} becomes the reference, {leistung} the service's name; without {aktenzeichen} the reference comes first.",
        taxLabel: "VAT rate in per cent",
        taxHint: "Administrative fees are usually free of VAT (0).",
        saveSettings: "Save settings",
        settingsSaved: "The online payment settings are saved.",
        noFeeNotice: "The published form computes no fee. Without a fee nothing is paid, and the application is sent directly.",
        noPlatformNotice:
            "No payment platform is set up for the portal (PAYMENT_PROVIDER_URL). As long as it is missing, an application with online payment cannot be sent.",
        problem: { problem in
            switch problem {
            case .platformID: "Originator ID and endpoint may have at most 64 characters without spaces and slashes."
            case .bookingData: "Every booking entry needs a name (at most 60 characters) and a value (at most 200 characters)."
            case .bookingDataTwice: "Each name may appear only once in the booking data."
            case .purposeTemplate: "The payment reference must contain letters or digits and may be at most 200 characters long."
            case .taxRate: "The VAT rate must be a whole number from 0 to 100."
            }
        },
        bookingLineInvalid: { "Line \($0) of the booking data is not of the form “Name: value”." },
        taxNotNumber: "The VAT rate must be a whole number from 0 to 100.",
        paymentsTitle: "Payments",
        paymentsIntro: "The online payments for your units' services, to reconcile with the treasury's bookings.",
        from: "From",
        to: "To",
        dateHint: "DD.MM.YYYY",
        statusFilter: "State",
        allStatuses: "All",
        serviceFilter: "Service",
        allServices: "All services",
        show: "Show",
        download: "Download as CSV",
        noPayments: "There are no payments in this period.",
        columnTime: "Time",
        columnService: "Service",
        columnStatus: "State",
        columnMethod: "Method",
        columnTransaction: "Transaction",
        columnBooking: "Booking data",
        sum: { count, paid in "\(count) payments, paid: \(paid)" },
        dateInvalid: { "“\($0)” is not a date of the form DD.MM.YYYY." },
        rangeInvalid: "The period ends before it begins, or it is longer than a year.",
        platformTitle: "Payment platform",
        platformDescription: "See the connection to the payment platform (XBezahldienste) and test it.",
        paymentsDescription: "The online payments of a period, to reconcile with the treasury, also as CSV.",
        platformIntro:
            "Fees are paid online through the payment platform. It is set up in the server's settings (PAYMENT_…); here you see what applies and can test the connection.",
        notConfigured: "No payment platform is set up (PAYMENT_PROVIDER_URL). Applications with online payment cannot be sent.",
        addressLabel: "Address",
        authenticationLabel: "Sign-in",
        authentication: { kind in
            switch kind {
            case .basic: "User name and password (HTTP Basic)"
            case .oauth2: "OAuth 2 (client credentials)"
            case .mutualTLS: "Client certificate (mutual TLS)"
            case .none: "none (test platform in the portal)"
            }
        },
        testPlatformNote: "This is the demo's test platform: no money moves. For production, set PAYMENT_PROVIDER_URL.",
        testConnection: "Test connection",
        connection: { result in
            switch result {
            case .works: "The connection works: the payment platform answers and accepts the credentials."
            case .credentialsRefused: "The payment platform refuses the credentials. Please check client ID, secret or certificate."
            case .unreachable: "The payment platform cannot be reached (no answer or no secure connection). Please check address, network and certificates."
            case .unexpected(let status): "The payment platform answers unexpectedly (HTTP \(status)). Please check the address."
            case .refused(let code): "The payment platform answers but refuses the request (\(code)). Please check originator ID and endpoint."
            }
        },
        testPageTitle: "Test payment",
        testPageIntro: "This is the portal's test platform. No money moves here; choose how the payment should end.",
        testPay: "Pay",
        testCancel: "Cancel",
        testFail: "Fail"
    )
}
