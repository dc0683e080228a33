import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// The admins' hand-over channels under `/intern/verwaltung/uebergabe`: what `serviceportal
/// handover …` does, in the browser (`HandoverSetup`), audited as done by the admin.
struct HandoverAdminController: Sendable {
    let setup: HandoverSetup
    let catalog: any CatalogStore
    let access: StaffAccess
    let frame: PageFrame
    let now: @Sendable () -> Date

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.adminHandover.pattern, use: list)
        router.post(SiteRoute.adminHandover.pattern, use: add)
        router.post(SiteRoute.adminHandoverRemove(id: "").pattern, use: remove)
        router.post(SiteRoute.adminHandoverRotate(id: "").pattern, use: rotate)
    }

    private func model(_ request: Request, _ context: PortalRequestContext, _ admin: StaffUser, csrf: String, hasErrors: Bool) async throws
        -> HandoverChannelsPage.Model
    {
        let words = HandoverText.for(frame.language(request))
        let rows = try await setup.channels().map { channel, service in
            let target: String =
                switch channel.target {
                case .hotFolder(let path): path
                case .webhook(let url, _, let previous): url + (previous == nil ? "" : " (\(words.twoSecrets))")
                case .officeMail(let attach): words.officeMailTarget + (attach ? ", \(words.withReceipt)" : "")
                case .pull: words.pullTarget
                case .fitConnect(let address):
                    switch address.destination {
                    case .id(let id): words.destinationTarget(id) + ", " + words.dataFormat(address.dataFormat)
                    case .routing(let key): words.routingTarget(key) + ", " + words.dataFormat(address.dataFormat)
                    }
                }
            return HandoverChannelsPage.Row(
                service: service?.title ?? "–", kind: channel.kind, target: target, addedAt: frame.dateTime(channel.createdAt),
                removeAction: SiteRoute.adminHandoverRemove(id: channel.id.description).path,
                rotateAction: channel.kind == .webhook ? SiteRoute.adminHandoverRotate(id: channel.id.description).path : nil)
        }
        let services = try await catalog.publishedServices().sorted { $0.title < $1.title }.map { (value: $0.slug, label: $0.title) }
        let shell = frame.shell(
            request, context: context, title: words.channelsTitle, hasErrors: hasErrors, staffName: admin.displayName,
            staffHome: StaffAccess.startPage(for: admin), now: now())
        return HandoverChannelsPage.Model(shell: shell, rows: rows, services: services, addAction: SiteRoute.adminHandover.path, csrfToken: csrf)
    }

    @Sendable func list(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.admin]) { admin, csrf in
            PageFrame.response(HandoverChannelsPage.render(try await model(request, context, admin, csrf: csrf, hasErrors: false)))
        }
    }

    @Sendable func add(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.admin]) { admin, csrf in
            let words = HandoverText.for(frame.language(request))
            let form = context.form ?? FormValues()
            var entered = HandoverChannelsPage.Entered(
                service: form.text("leistung", max: 200), kind: form.first("weg").flatMap(HandoverChannel.Kind.init(rawValue:)))
            entered.folder = form.text("ordner", max: 1000)
            entered.url = form.text("adresse", max: 2000)
            entered.attachReceipt = form.first("anhang") == "ja"
            entered.destination = form.text("zustellpunkt", max: 100)
            entered.regionalKey = form.text("regionalschluessel", max: 40)
            entered.dataFormat = form.first("fachdaten").flatMap(FITConnectAddress.DataFormat.init(rawValue:)) ?? .json
            let secret = form.text("geheimnis", max: 200)
            var errors = HandoverChannelsPage.Errors()
            if entered.service?.isEmpty != false { errors.service = words.chooseService }
            let wanted: HandoverSetup.Request?
            switch entered.kind {
            case .hotFolder?: wanted = .hotFolder(path: entered.folder)
            case .webhook?: wanted = .webhook(url: entered.url, secret: secret.isEmpty ? nil : secret)
            case .officeMail?: wanted = .officeMail(attachReceipt: entered.attachReceipt)
            case .pull?: wanted = .pull
            case .fitConnect?:
                let destination: FITConnectAddress.Destination =
                    entered.destination.isEmpty && !entered.regionalKey.isEmpty
                    ? .routing(regionalKey: entered.regionalKey)
                    : .id(FITConnectAddress.destinationID(entered.destination) ?? entered.destination)
                wanted = .fitConnect(FITConnectAddress(destination: destination, dataFormat: entered.dataFormat))
            case nil:
                wanted = nil
                errors.kind = words.chooseKind
            }
            if let channelRequest = wanted, let slug = entered.service, errors.isEmpty {
                do {
                    let (channel, made) = try await setup.add(serviceSlug: slug, channelRequest, actor: AuditEvent.staff(admin.id), now: now())
                    guard let made, case .webhook(let url, _, _) = channel.target, secret.isEmpty else {
                        context.flash(words.added)
                        return PageFrame.redirect(.adminHandover)
                    }
                    // A secret the portal made is shown once, in this answer only.
                    var page = try await model(request, context, admin, csrf: csrf, hasErrors: false)
                    page.secret = (url, made.text)
                    var response = PageFrame.response(HandoverChannelsPage.render(page), status: .created)
                    response.headers[.cacheControl] = "no-store"
                    return response
                } catch let problem as HandoverChannel.Problem {
                    let message = words.problem(problem)
                    switch problem {
                    case .unknownService: errors.service = message
                    case .folderNotAbsolute, .folderMissing: errors.folder = message
                    case .webhookAddressInvalid: errors.url = message
                    case .secretInvalid: errors.secret = message
                    case .destinationInvalid, .regionalKeyInvalid: errors.destination = message
                    case .noMailbox, .pullAlreadyConfigured, .notAChannelID, .channelNotFound, .webhookNotFound, .noLeikaKey, .fitConnectNotConfigured:
                        errors.kind = message
                    }
                }
            }
            var page = try await model(request, context, admin, csrf: csrf, hasErrors: true)
            page.entered = entered
            page.errors = errors
            return PageFrame.response(HandoverChannelsPage.render(page), status: .unprocessableContent)
        }
    }

    @Sendable func remove(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.admin]) { admin, _ in
            do {
                try await setup.remove(id: try context.parameters.require("id"), actor: AuditEvent.staff(admin.id), now: now())
            } catch is HandoverChannel.Problem {
                throw PageError(.notFound)
            }
            context.flash(HandoverText.for(frame.language(request)).removed)
            return PageFrame.redirect(.adminHandover)
        }
    }

    @Sendable func rotate(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.admin]) { admin, csrf in
            let id = try context.parameters.require("id")
            let secret: WebhookSecret
            do {
                secret = try await setup.rotateSecret(id: id, secret: nil, actor: AuditEvent.staff(admin.id), now: now())
            } catch is HandoverChannel.Problem {
                throw PageError(.notFound)
            }
            var page = try await model(request, context, admin, csrf: csrf, hasErrors: false)
            let url = try await setup.channels().first { $0.channel.id.description == id }.flatMap { entry -> String? in
                if case .webhook(let url, _, _) = entry.channel.target { url } else { nil }
            }
            page.secret = (url ?? "", secret.text)
            var response = PageFrame.response(HandoverChannelsPage.render(page))
            response.headers[.cacheControl] = "no-store"
            return response
        }
    }
}
