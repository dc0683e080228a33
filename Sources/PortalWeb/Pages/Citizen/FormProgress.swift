import PortalCore

/// Where a draft stands: the answers already valid, which steps and fields its conditions show, and
/// which step comes next. Computed once per request from the form version and the draft.
struct FormProgress {
    let form: PublishedForms.Entry
    let draft: PortalSession.Draft
    /// What the draft already answers validly; conditions are evaluated on it.
    let known: Answers
    let visibleKeys: Set<String>
    /// Step numbers (1-based) whose condition holds.
    let visibleSteps: [Int]

    /// The draft's uploads, by ID.
    let files: [UploadedFile.ID: UploadedFile]

    init(form: PublishedForms.Entry, draft: PortalSession.Draft, today: LocalDate, files: [UploadedFile]) {
        let schema = form.version.schema
        self.form = form
        self.draft = draft
        self.files = Dictionary(files.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        known = SubmissionValidator(schema: schema, today: today, files: self.files).knownAnswers(form: draft.values)
        visibleKeys = schema.visibleKeys(for: known)
        visibleSteps = schema.steps.indices.filter { [known] in schema.steps[$0].showIf?.holds(known) ?? true }.map { $0 + 1 }
    }

    /// The fields of a step to show: those whose condition depends on answers of the same page are
    /// always shown (the page works without JavaScript); the others follow the earlier answers.
    func shownFields(of number: Int) -> [FormField] {
        let step = form.version.schema.steps[number - 1]
        let pageKeys = Set(step.answerFields.map(\.key))
        return step.fields.filter { isShown($0, pageKeys: pageKeys) }
    }

    /// Whether a field (or group) of the page with these keys is shown; see `shownFields(of:)`.
    func isShown(_ field: FormField, pageKeys: Set<String>) -> Bool {
        guard let condition = field.showIf else { return true }
        if !condition.keys.isDisjoint(with: pageKeys) { return true }
        return field.answerFields.contains { visibleKeys.contains($0.key) }
    }

    func firstIncompleteStep(before number: Int) -> Int? {
        (1..<number).first { visibleSteps.contains($0) && !draft.completedSteps.contains($0) }
    }

    /// The next shown step not yet passed, else the first one skipped, else the check page.
    func nextRoute(after number: Int) -> SiteRoute {
        let slug = form.service.slug
        if let next = visibleSteps.first(where: { $0 > number && !draft.completedSteps.contains($0) }) {
            return .formStep(slug: slug, step: next)
        }
        if let missing = firstIncompleteStep(before: form.version.schema.steps.count + 1) {
            return .formStep(slug: slug, step: missing)
        }
        return .formCheck(slug: slug)
    }
}
