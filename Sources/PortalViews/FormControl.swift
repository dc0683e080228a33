/// Labelled inputs for the staff pages, with the same markup as the citizens' forms.
public enum FormControl {
    public static func text(_ name: String, _ label: String, _ value: String, id: String? = nil, hint: String? = nil, short: Bool = false) -> HTML {
        let id = id ?? "e-\(name)"
        return """
        <div class="field">
        <label class="label" for="\(id)">\(label)</label>
        \(hint.map { hint -> HTML in "<p class=\"hint\" id=\"\(id)-hinweis\">\(hint)</p>" } ?? .empty)<input class="\(short ? "input input-short" : "input")" id="\(id)" name="\(name)" type="text" value="\(value)"\(attribute: "aria-describedby", hint == nil ? nil : "\(id)-hinweis")>
        </div>
        """
    }

    public static func textarea(_ name: String, _ label: String, _ value: String, hint: String? = nil, rows: Int = 4) -> HTML {
        let id = "e-\(name)"
        return """
        <div class="field">
        <label class="label" for="\(id)">\(label)</label>
        \(hint.map { hint -> HTML in "<p class=\"hint\" id=\"\(id)-hinweis\">\(hint)</p>" } ?? .empty)<textarea class="textarea" id="\(id)" name="\(name)" rows="\(rows)"\(attribute: "aria-describedby", hint == nil ? nil : "\(id)-hinweis")>\(value)</textarea>
        </div>
        """
    }

    public static func select(_ name: String, _ label: String, _ options: [(value: String, label: String)], selected: String?, id: String? = nil,
                              hint: String? = nil) -> HTML {
        let id = id ?? "e-\(name)"
        let items = options.map { option -> HTML in
            "<option value=\"\(option.value)\"\(flag: "selected", option.value == selected)>\(option.label)</option>"
        }
        return """
        <div class="field">
        <label class="label" for="\(id)">\(label)</label>
        \(hint.map { hint -> HTML in "<p class=\"hint\" id=\"\(id)-hinweis\">\(hint)</p>" } ?? .empty)<select class="select" id="\(id)" name="\(name)"\(attribute: "aria-describedby", hint == nil ? nil : "\(id)-hinweis")>
        \(HTML(items, separator: "\n"))
        </select>
        </div>
        """
    }

    public static func checkbox(_ name: String, _ label: String, checked: Bool) -> HTML {
        let id = "e-\(name)"
        return """
        <div class="field">
        <div class="choice">
        <input class="choice-input" id="\(id)" name="\(name)" type="checkbox" value="true"\(flag: "checked", checked)>
        <label class="choice-label" for="\(id)">\(label)</label>
        </div>
        </div>
        """
    }

    /// A one-button form posting an action; `revision` guards against concurrent edits.
    public static func actionButton(_ action: String, value: some FormAction, label: String, csrfToken: String, revision: Int?, secondary: Bool = true) -> HTML {
        """
        <form method="post" action="\(action)" class="inline-action">
        <input type="hidden" name="_csrf" value="\(csrfToken)">\(revision.map { revision -> HTML in "<input type=\"hidden\" name=\"revision\" value=\"\(revision)\">" } ?? .empty)
        <button class="\(secondary ? "button-link" : "button")" type="submit" \(value.attributes)>\(label)</button>
        </form>
        """
    }

    /// The error box at the top of an editor page.
    public static func error(_ message: String?, title: String) -> HTML {
        guard let message else { return .empty }
        return """
        <div class="error-summary" role="alert" aria-labelledby="fehler-titel" tabindex="-1" id="fehlerliste">
        <h2 class="error-summary-title" id="fehler-titel">\(title)</h2>
        <p>\(message)</p>
        </div>
        """
    }
}
