## amparo web: English.
## Dates come in words from date-day / date-month; $sex is female, male or other.

site-name = amparo
site-tagline = A registry of people detained for political reasons
nav-lookup = Find a person
nav-figures = Figures
nav-api = API
lang-switch = Español
lang-switch-label = Leer esta página en español
skip-to-content = Skip to content
demo-banner = Demonstration data: the people in this registry are invented.
footer-about = amparo records every fact with its source. A person missing from this registry is not proof that they are free.
footer-contact = Contact the organisation: { $contact }

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-day = { $day } { $month } { $year }
date-month = { $month } { $year }

lookup-title = Find a person
lookup-intro = Type the given names and surnames (with or without accents, in any order) or the ID card (cédula) number.
lookup-label = Name or ID number
lookup-button = Search
lookup-hint = For example: “Ines Quevedo”, “QUEVEDO LARA, INÉS”, or the ID number with or without dots.
lookup-results = { $count ->
    [one] One person matches your search.
   *[other] { $count } people match your search.
}
lookup-results-cedula = Result of the search by ID number (the number is not shown).
lookup-none-title = We found nobody matching that.
lookup-none-meaning = A person missing from this registry is not proof that they are free: they may not be recorded yet, their name may be written differently, or their family may have asked us not to publish it.
lookup-none-contact = If you are looking for a relative, write to the organisation: { $contact }. We will answer you directly.
lookup-too-short = Type at least two letters or an ID number.
lookup-since = Since
lookup-last-verified = Last verified
lookup-not-verified = not yet verified by the organisation
lookup-sources = { $count ->
    [one] One source
   *[other] { $count } sources
}
lookup-publishers = Published by
lookup-open = See their history
lookup-initials-note = Only their initials are shown, at their family's request.

status-in-custody = Held { $precision ->
    [day] since { $date }
    [none] (since an unknown date)
   *[other] since { $date }
}
status-house-arrest = Under house arrest { $precision ->
    [day] since { $date }
    [none] (since an unknown date)
   *[other] since { $date }
}
status-released-with-measures = Released { $precision ->
    [day] on { $date }
    [none] (date unknown)
   *[other] in { $date }
}
status-released-fully = Fully free { $precision ->
    [day] since { $date }
    [none] (since an unknown date)
   *[other] since { $date }
}
status-whereabouts-unknown = Whereabouts unknown { $precision ->
    [day] since { $date }
    [none] (since an unknown date)
   *[other] since { $date }
}
status-deceased = Died in custody { $precision ->
    [day] on { $date }
    [none] (date unknown)
   *[other] in { $date }
}
status-in-exile = Released into exile { $precision ->
    [day] on { $date }
    [none] (date unknown)
   *[other] in { $date }
}
status-unknown = Status unknown
status-at-facility = at { $facility }
status-observed = according to a list of { $date } (the exact date of the change is unknown)
status-release-announced = a release was announced, not yet confirmed
status-conflicts = the sources do not agree on everything: see the history

measure-reporting = must report to the court every { $days } days
measure-travel-ban = may not leave the country
measure-media-ban = may not speak to the media
measure-house-arrest = is under house arrest
measure-house-arrest-monitor = is under house arrest with an electronic monitor
measure-bail = was released on bail
measure-other = { $text }

person-title = History of { $name }
person-status-today = Status today
person-timeline = Timeline
person-timeline-intro = Every fact with its public source. Private sources (testimonies) are not shown.
person-no-facts = There are no public facts about this person.
person-nationality = Nationality
person-roles = Occupation
person-source = Source
person-verification = Verification
person-retracted = Retracted: { $reason }
person-back = Back to the search

fact-arrest = Arrest
fact-detention = Still held
fact-transfer = Transfer
fact-release = Release
fact-re-arrest = Re-arrest
fact-whereabouts-unknown = Whereabouts unknown
fact-whereabouts-confirmed = Whereabouts confirmed
fact-death-in-custody = Death in custody
fact-charge = Charge
fact-hearing = Hearing
fact-sentence = Sentence
fact-acquittal = Acquittal
fact-dismissal = Dismissal
fact-pardon = Pardon
fact-amnesty = Amnesty
fact-measure-imposed = Measure imposed
fact-measure-lifted = Measure lifted
fact-recognition = Recognised as a political prisoner
fact-nationality = Nationality
fact-role = Occupation
release-full = fully free
release-conditional = with court-imposed measures
release-house-arrest = into house arrest
release-exile = into exile or expelled
verification-announced = announced, unconfirmed
verification-reported = reported by one source
verification-corroborated = confirmed by two sources
verification-verified = verified by the organisation

figures-title = Figures
figures-intro = Counts from the registry as of any date. Every figure is computed from sourced facts; hidden people are counted but never named.
figures-as-of = Balance date
figures-from = From
figures-to = To
figures-nationality = Nationality (ISO code, e.g. ES)
figures-facility = Facility
figures-state = State
figures-apply = Show figures
figures-balance = Balance as of { $date }
figures-scope = Scope
figures-in-prison = In prison
figures-in-prison-note = In custody or whereabouts unknown (the NGOs' convention).
figures-deprived = Deprived of liberty
figures-deprived-note = In prison or under house arrest.
figures-total = Total
figures-men = Men
figures-women = Women
figures-civilians = Civilians
figures-military = Military
figures-adults = Adults
figures-minors = Minors
figures-foreign = Foreign or dual nationals
figures-whereabouts-unknown = Whereabouts unknown
figures-over-one-year = Held for over a year
figures-convicted = Convicted
figures-unconvicted = Not convicted
figures-by-country = By foreign nationality
figures-by-facility = By facility
figures-by-state = By state
figures-period = Movements from { $from } to { $to }
figures-releases = Releases
figures-releases-full = Fully free
figures-releases-measures = With court-imposed measures
figures-releases-house = Into house arrest
figures-releases-exile = Into exile
figures-arrests = New arrests
figures-rearrests = Re-arrests after a release
figures-net-change = Net change in prison
figures-revolving-door = Revolving door (arrests per release)
figures-revolving-none = no releases in the period
figures-observed = Changes reported by lists without a date of their own
figures-series = Weekly series
figures-series-note = People in prison and deprived of liberty at the end of each week.
figures-claims = Announcements and other sources' numbers beside the registry
figures-announcement = { $by } announced on { $date }: { $promised }
figures-announcement-check = Releases recorded since: { $recorded }; verified: { $verified }.
figures-claim = According to { $by }: { $claimed }
figures-claim-registry = The registry counts: { $registry }
figures-none = None
figures-download = Download
figures-download-csv = Balance as CSV
figures-download-json = Balance as JSON
figures-download-period-csv = Movements as CSV
figures-download-series-csv = Series as CSV
figures-unknown-place = (unknown)
figures-at-home = (house arrest)

error-title = Something went wrong
error-not-found = This page does not exist, or the person is not in the public registry.
error-invalid = The request is not valid: { $detail }
error-too-many = Too many requests in a row. Wait { $seconds } seconds and try again.
error-too-large = What was sent is larger than the registry accepts. Send it in smaller parts.
error-timeout = The request took too long and was stopped. Check whether what was sent was saved before sending it again.
error-unavailable = The registry cannot answer right now. Try again in a few minutes.
error-internal = Internal error. The organisation has been told.

auth-title = Sign in
auth-intro = Access for the organisation's documentation team.
auth-login = Login
auth-password = Password
auth-submit = Sign in
auth-refused = Wrong login or password.
auth-throttled = Too many failed attempts. Try again in { $minutes } minutes.
auth-form-expired = The form expired or is not valid. Load the page again and retry.
auth-no-session = You need to sign in to do this.
auth-sign-out = Sign out
auth-token-needed = This operation needs a valid API token (Authorization: Bearer).

## The API for programs (/api/v1, with a token).
api-forbidden = This token's role does not allow this. Ask an administrator for a token with a role that does.
api-bad-id = The identifier in "{ $field }" is not valid: { $value }
api-version-needed = The person's version is missing: read the person and send the "version" you read with the change.
api-stale-version = Someone else changed this person after version { $seen } was read. Nothing was overwritten: read the person again, check the change and send it with the new version.
api-claim-half-period = A period needs both its first day ("from") and its last ("to").
api-list-type = A list is sent as text/csv, text/tab-separated-values, the XLSX or ODS type, or application/json; "{ $type }" is not one of them.
api-list-publisher-needed = The list's publisher is missing (source_publisher).
api-list-date-needed = The list's date is missing (source_published).

## The documenters' workspace (/trabajo).
ws-nav-label = Workspace
ws-nav-dashboard = Overview
ws-nav-review = Review queue
ws-nav-intake = Add news
ws-nav-log = Change log
ws-nav-public = Public site
ws-signed-in-as = Signed in as
ws-error-title = That could not be done
ws-back-dashboard = Back to the overview
ws-forbidden = Your role does not allow this. Ask an administrator to change it if you need to.
ws-not-found = It does not exist, or your role does not allow you to see it.
ws-conflict = Not saved: { $detail }
ws-csrf = The form expired or did not come from this page. Open the page again and retry.
ws-bad-id = The identifier is not valid.
ws-reason-needed = The reason is missing: every change is logged with its why.
ws-version-needed = The record's version is missing: open the page again and save again.
ws-stale-version = Someone else saved changes to this record after you opened it. Nothing was overwritten: open the page again, check your changes and save them again.
ws-role-may-not-edit = Your role may consult the record, not add or correct it.
ws-showing = { $from } to { $to } of { $total }
ws-newer = ← Newer
ws-older = Older →
ws-reason = Reason
ws-save = Save
ws-date = Date
ws-note = Note
ws-when = When
ws-who = Who
ws-what = What
ws-why = Why
ws-change = { $action } ({ $entity })
ws-actor-local = { $name } (command line)
ws-actor-token = API token { $name }
ws-actor-unknown = (no name)
ws-action-create = created
ws-action-update = corrected
ws-action-retract = retracted
ws-action-review = decided
ws-action-merge = merged
ws-action-unmerge = unmerged
ws-action-import = imported
ws-entity-source = source
ws-entity-person = person
ws-entity-fact = fact
ws-entity-retraction = retraction
ws-entity-facility = facility
ws-entity-announcement = announcement
ws-entity-claim = number
ws-entity-proposal = proposal
ws-entity-merge = merge
ws-entity-account = account
ws-dashboard-title = Today's overview
ws-queue-size = { $count ->
    [0] No proposals to review.
    [one] One proposal to review.
   *[other] { $count } proposals to review.
}
ws-open-review = Open the review queue
ws-recent = Latest changes
ws-log-all = See the whole change log
ws-log-title = Change log
ws-log-intro = Every change to the record, who made it, when and why. Nothing is deleted: corrections are added.
ws-review-title = Review queue
ws-review-viewer = Your role may see the queue, not decide on proposals.
ws-queue-empty = No proposals to review.
ws-new-proposals = { $count ->
    [0] The text gave no new proposals.
    [one] One new proposal.
   *[other] { $count } new proposals.
}
ws-accepted = Proposal accepted.
ws-rejected = Proposal rejected.
ws-accept = Accept
ws-accept-reason = accepted in the workspace
ws-reject = Reject
ws-reject-reason = Reason for rejecting
ws-no-date = the text does not say
ws-date-needed = Date (the text does not say)
ws-new-person = New person: { $name }
ws-linked = Linked to the record of
ws-candidate = May be
ws-score = match
ws-side-proposal = The proposal says
ws-side-registry = The registry has
ws-verdict = Agree
ws-verdict-agree = yes
ws-verdict-disagree = no
ws-verdict-unknown = not known
ws-field-name = Name
ws-field-aliases = Other names (one per line)
ws-field-national-id = National id (cédula)
ws-field-birth-date = Birth date
ws-field-sex = Sex
ws-field-visibility = Visibility
ws-field-high-profile = High-profile case
ws-field-contacts = Family or lawyer contacts (restricted)
ws-field-notes = Internal notes (restricted)
ws-sex-none = (not known)
ws-sex-female = woman
ws-sex-male = man
ws-sex-other = other
ws-visibility-public = public
ws-visibility-initials = initials only
ws-visibility-hidden = hidden
ws-review-proposed = proposed, awaiting review
ws-review-accepted = accepted
ws-review-rejected = rejected
ws-intake-title = Add news
ws-intake-intro = Paste a news text or upload a text file. It is stored as a source and what it says goes to the review queue: nothing is published unreviewed.
ws-intake-text = News text
ws-intake-file = Or a text file
ws-intake-publisher = Outlet or publisher
ws-intake-published = Publication date
ws-intake-url = Address (URL)
ws-intake-kind = Kind of source
ws-intake-submit = Add and propose
ws-intake-nothing = No text arrived: paste one or choose a file.
ws-intake-publisher-needed = The publisher is missing.
ws-pasted-text = pasted text
ws-kind-news-article = news article
ws-kind-ngo-list = NGO list
ws-kind-official-statement = official statement
ws-kind-court-record = court record
ws-kind-testimony = testimony (private)
ws-kind-consular-note = consular note
ws-person-title = Person
ws-status-why = Decided by:
ws-reason-line = { $fact }, { $date } (according to { $sources })
ws-conflict-label = The sources disagree
ws-decides = decides the status
ws-recorded-by = recorded by
ws-retracted = retracted
ws-retract = Retract this fact
ws-edit-title = Correct the record
ws-merge-title = Merge into another person
ws-merge-intro = If this is the same person as another record, their facts then show under that one. It can be undone.
ws-merge-into = The other person's identifier
ws-merge = Merge
ws-merged-into = This record is merged into another person.
ws-merged-open = Open the record that holds it
ws-unmerge-title = Undo the merge
ws-unmerge = Unmerge
ws-done-editada = Changes saved.
ws-done-retirado = Fact retracted: it stays in the history and no longer counts.
ws-done-fusionada = Records merged.
ws-done-separada = Merge undone.
ws-source-title = Source
ws-source-citing = Facts citing it
ws-source-no-facts = No fact cites this source yet.
ws-source-original = Stored original
ws-source-no-original = The original text of this source was not stored.
ws-source-unmarked = Some cited excerpts do not appear word for word in the original and are not marked.
ws-nav-persons = People
ws-nav-lists = Add lists
ws-nav-claims = Announcements and numbers
ws-more = More results →
ws-persons-title = People
ws-persons-search = Name, alias or national id
ws-person-new = Record a person
ws-person-create = Record
ws-likely-duplicate = This person may already have been recorded.
ws-likely-duplicate-open = See the similar record
ws-done-creada = Person recorded.
ws-done-dato = Fact recorded.
ws-done-propuesto = Fact proposed: it waits in the review queue.
ws-fact-new = Add a fact
ws-fact-new-intro = Fill only the fields of the fact's kind (e.g. measures only for a release). Dates like 2026-01-08, 2026-01 or 08/01/2026.
ws-fact-kind = Kind of fact
ws-fact-source-id = Or the source's identifier
ws-fact-source-needed = The source is missing: choose one or type its identifier.
ws-fact-release-kind = Kind of release
ws-fact-measures = Measures (reporting:30, travel-ban, media-ban, house-arrest, bail)
ws-fact-offences = Offences charged (separated by commas)
ws-fact-agency = Arresting agency
ws-fact-excerpt = Excerpt of the source that says it
ws-fact-proposed = Propose it for someone else to review
ws-fact-add = Add the fact
ws-lists-title = Add a list
ws-lists-intro = A list from an NGO or a court (CSV, XLSX, ODS or JSON). Every row ends as a new person, a person already recorded, in the review queue when the match is uncertain, or rejected with its line and reason.
ws-lists-file = List file
ws-lists-date = Date of the list
ws-lists-name = Name of the list
ws-lists-submit = Add the list
ws-lists-no-file = The list file is missing.
ws-lists-already = This list was already added: nothing was added.
ws-lists-summary = { $rows } rows: { $created } new people, { $matched } already recorded, { $queued } in the review queue, { $rejected } rejected.
ws-lists-lines = What became of each row
ws-lists-more = Rows not shown:
ws-lists-rejects = Rejected rows
ws-lists-download = Download the rejected rows (CSV)
ws-lists-reading = Reading the list…
ws-lists-matching = Looking up the persons of { $rows } rows in the registry…
ws-lists-writing = Writing: { $done } of { $total } changes saved.
ws-lists-refreshes = This page refreshes itself every two seconds; when the import ends it shows what became of every row. You may close it: the import goes on.
ws-lists-job-gone = This import does not exist or is no longer kept (outcomes are kept for an hour). The persons it imported are still in the registry.
ws-line = Line
ws-column = Column
ws-value = Value
ws-line-created = new person
ws-line-matched = already recorded
ws-line-queued = in the review queue
ws-claims-title = Announcements and other sources' numbers
ws-claims-intro = What authorities announce and the numbers other sources give, to compare with the registry's on the figures page.
ws-announcements = Announced releases
ws-claims = Other sources' numbers
ws-claim-line = According to { $by }: { $claimed } ({ $subject }{ $when })
ws-subject-held = held
ws-subject-released = released
ws-subject-arrested = new arrests
ws-subject-deaths-in-custody = deaths in custody
ws-subject-disappeared = disappeared
ws-withdraw = Withdraw
ws-announcement-new = Record an announcement
ws-announcement-add = Record the announcement
ws-claim-new = Record a number
ws-claim-add = Record the number
ws-claim-by = Who says it
ws-claim-number = Number
ws-claim-vague = Or the words used ("a significant number")
ws-claim-description = Description
ws-claim-subject = Of what
ws-claim-as-of = As of
ws-correct-first = Correct before accepting
ws-correct-person = Another registry person (identifier)
ws-fact-supersedes = Corrects (supersedes) this fact

## Notes stored with proposals (as keys, so each reader sees their language)
note-release-conditions-unknown = the text does not say whether the release has conditions: check before accepting
note-count-stated = a number the text states ({ $value })
note-proposed-by-documenter = entered by a documenter as proposed, for a second pair of eyes
