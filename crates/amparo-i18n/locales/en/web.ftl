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
fact-rearrest = Re-arrest
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
auth-workspace = Workspace
auth-signed-in-as = Signed in as { $name } ({ $role }).
auth-sign-out = Sign out
auth-token-needed = This operation needs a valid API token (Authorization: Bearer).
