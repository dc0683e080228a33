import PortalCore

extension OpenDataText {
    public static let english = OpenDataText(
        heading: "Open data",
        intro:
            "We publish how satisfied you are with our online services and how they are used: per service and month, machine-readable and without sign-in, so that everyone can see where we improve.",
        suppression: { count in
            "Counts below \(count) are left out so that nobody can be recognised. Comments appear only once staff have checked and released them, and only in the JSON file."
        },
        satisfactionTitle: "Satisfaction with the online services",
        satisfactionDescription: "Number of ratings, their spread over 1 to 5 stars and the average per service and month.",
        usageTitle: "Use of the online services",
        usageDescription: "Online applications started and submitted, completion rate and median processing time in days per service and month.",
        csv: "Download CSV",
        json: "Download JSON",
        catalogHeading: "For data portals",
        catalogText: "The description of the datasets following DCAT-AP.de (for GovData, for example):",
        licence: "Licence:",
        documentation: "The columns are described in the portal's documentation (docs/opendata.md).",
        footerLink: "Open data"
    )
}
