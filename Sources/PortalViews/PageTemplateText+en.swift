import PortalCore

extension PageTemplateText {
    static let english = PageTemplateText(
        language: .english,
        accessibility: """
            The district strives to make the service portal accessible. The legal basis is the Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) and state law.

            ## Compliance status
            The portal largely meets the requirements.

            ## Content that is not accessible
            - (content, reason, accessible alternative)

            ## Preparation of this statement
            Date and method of the assessment (for example a self-assessment with axe-core and a keyboard test).

            ## Conciliation procedure
            Contact details of the state's conciliation or enforcement body.
            """,
        help: """
            ## How do I apply?
            Find the service on the start page. Its page says what you need; “Apply online” starts the form. It asks step by step, and before sending you see all your answers once more.

            ## Can I take a break?
            Yes. “Save and continue later” gives you a link that lets you continue for 30 days, on another device too. Keep the link safe: whoever knows it can see your answers.

            ## What happens after sending?
            You receive a reference number. The responsible office processes your application and contacts you. Give the reference number when you ask about it.

            ## Which files can I upload?
            Each upload field says which file types and sizes are allowed. Photos of documents are usually possible as JPEG or PDF.

            ## I am stuck
            Write to us using the contact form. If you meet a barrier, choose “Report a barrier” there.
            """,
        easyLanguage: """
            ## What is the service portal?
            The service portal is a website.
            The website is from the district.
            Here you can apply for things.
            An application is a request to the office.
            For example: you want to cut down a tree.
            Then you need a permit.
            You apply for the permit here.

            ## How do I apply?
            - Look on the start page for what you need.
            - Click on: Apply online.
            - Answer the questions.
            - At the end you see all your answers again.
            - Then click on: Submit application.

            ## What happens then?
            You get a number.
            The number is called: reference number.
            Write the number down.
            The office reads your application.
            The office writes you an answer.

            ## Do you need help?
            Call the office.
            Or write to the office.
            You can do this with the contact form.
            The link is at the bottom of every page.
            """,
        signLanguage: """
            Here we explain the service portal in German Sign Language. Every video has captions; its content stands beside it as text.
            """
    )
}
