## amparo command line: messages, summaries and confirmations. English.
## Commands, options and values the user types ("amparo review list", --force) stay as
## they are in both languages.

cli-error = error: { $message }
cli-warning = warning: { $message }
cli-note = note: { $message }
cli-cannot-start = cannot start: { $reason }
cli-no-registry = { $message }: run `amparo init` to create one, or pass --db
cli-saved-but = the command's work is saved, but { $reason }
cli-written-to = written to { $path }
cli-next = next: { $command }

cli-status-title = Status as of { $date } ({ $persons } persons in the registry)
cli-status-in-prison = in prison (in custody or disappeared): { $count }
cli-status-deprived = deprived of liberty (prison + house arrest): { $count }
cli-describe-since = since { $date }
cli-describe-at = at { $facility }
cli-describe-reported-by = (reported by { $date })
cli-describe-announced = (release announced)
cli-describe-conflicts = { $count ->
    [one] (1 conflict)
   *[other] ({ $count } conflicts)
}

cli-person-merged-into = merged into
cli-person-merged-into-value = { $id } (its facts show there)
cli-person-also-written = also written
cli-person-national-id = national id
cli-person-nationality = nationality
cli-person-roles = roles
cli-person-status = Status as of { $date }: { $status }
cli-person-retracted = [retracted]
cli-person-conflicts = Conflicts between sources:
cli-person-legend = * = the facts that decided the status
cli-person-duplicate = likely the same person as { $id } { $name } (score { $score }): check, and merge with `amparo person merge { $id } { $new } --reason ...` if so
cli-person-force = { $message } (--force REASON)
cli-person-edited = edited { $name } ({ $id })
cli-person-none = no person found
cli-person-showing = showing { $first } to { $last } of { $total } (--limit N, --offset N, --all)
cli-person-merged = merged { $from } into { $into } (undo with `amparo person unmerge { $from } --reason ...`)
cli-person-unmerged = unmerged { $id }
cli-person-no-duplicates = no likely duplicates
cli-person-merge-with = merge with: amparo person merge INTO FROM --reason ...

cli-verification-announced = announced
cli-verification-reported = reported
cli-verification-corroborated = corroborated
cli-verification-verified = verified

cli-fact-retracted = retracted { $id }
cli-fact-facility-note = { $note } (add it with `amparo facility add --name ...`)
cli-fact-proposed = proposed: it waits in the review queue (amparo review list)

cli-import-head = { $file }: { $result } ({ $format }, { $encoding })
cli-import-rows = rows { $rows } = created { $created } + matched { $matched } + queued for review { $queued } + rejected { $rejected }   ({ $blank } blank rows skipped, { $facts } facts)
cli-import-observations = { $count } rows gave only a status without its own date: recorded as how the person stood on the list's date, not as a change on that day
cli-import-columns-read = columns read: { $columns }
cli-import-columns-ignored = columns not understood (kept in the persons' notes; map them with --mapping): { $columns }
cli-import-matched = line { $line } matched { $name } ({ $person })
cli-import-more-matched = … and { $count } more matched rows (--json lists every line)
cli-import-cell-warnings = { $count } cells could not be read: kept in the notes; rows where it mattered went to review
cli-import-rejected = rejected line { $line }: { $reason }
cli-import-rejects-file = rejects written to { $path }
cli-import-reading = reading { $file }
cli-import-matching = matching { $rows } rows against the registry
cli-import-writing = writing
cli-import-cannot-write = cannot write { $path } (choose another place with --rejects PATH)

cli-review-no-date = no date
cli-review-according-to = according to { $who }
cli-review-announced-by = announced by { $who }
cli-review-known = known person { $id } (match { $score })
cli-review-new-maybe = new: { $name } (maybe { $match })
cli-review-new = new: { $name }
cli-review-none = { $state ->
    [accepted] no accepted proposal
    [rejected] no rejected proposal
   *[other] no proposed proposal
}
cli-review-proposes = proposes
cli-review-source = source
cli-review-sentence = sentence
cli-review-note = note
cli-review-decided = decided
cli-review-accepted = accepted: { $fact }
cli-review-edited = edited and accepted: { $fact }
cli-review-rejected = rejected { $id }
cli-review-needs-date = { $message }: `amparo review edit { $id } --date YYYY[-MM[-DD]]`

cli-init-ready = registry ready at { $db } ({ $added } facilities added to the gazetteer, { $known } already there)
cli-migrated = schema up to date
cli-verified = verified: { $entries } audit entries chained, { $rows } rows match their recorded hashes
cli-verified-checkpoint = the log matches the checkpoint of entry { $seq } signed at { $at }
cli-verify-failed = verification FAILED: { $count } problem(s)
cli-backup-written = backup written to { $path }

cli-announcement-none = no announcement recorded
cli-announcement-withdrawn = withdrawn { $id }
cli-claim-none = no claim recorded
cli-claim-as-of = as of { $date }
cli-claim-period = { $from } to { $to }

cli-demo-try = The demo registry is { $path }. Try:
cli-audit-entry = audit entry { $seq }
cli-review-claim = Claim
cli-review-announcement = Announcement
cli-review-state-proposed = proposed
cli-review-state-accepted = accepted
cli-review-state-rejected = rejected

cli-import-result-imported = imported
cli-ingest-result-ingested = ingested
cli-ingest-proposals = { $count } proposal(s) in the review queue ({ $linked } linked to known persons, { $accepted } accepted, { $skipped } event(s) without a fact kind)
cli-ingest-claims = { $count } number(s) or announcement(s) the text states, among those proposals
cli-ingest-not-accepted = not accepted: { $why }

## amparo extract and amparo eval: what the extractor read in a news text, and how well it
## does against a gold set. Dates stay as the text gives them (YYYY[-MM[-DD]]); names,
## places, conditions and charges as written.
cli-cannot-read = cannot read { $path }
cli-not-utf8 = { $path } is not UTF-8 text
cli-text-lang-invalid = invalid text language "{ $given }": expected es or en
cli-text-too-large = the text is { $bytes } bytes long and extraction reads at most { $limit }: split it into articles or lists
cli-extract-header = language: { $language }   published: { $published }
cli-extract-published-unknown = unknown
cli-extract-language-es = Spanish
cli-extract-language-en = English
cli-extract-detainees = detainees: { $count }
cli-extract-also = also: { $names }
cli-extract-conditions = conditions: { $text }
cli-extract-charges = charges: { $text }
cli-extract-not-detainees = named, but not detainees:
cli-extract-out-of-scope = out of the registry's scope:
cli-extract-counts = counts:
cli-extract-organizations = organizations: { $names }
cli-extract-places = places: { $names }
cli-extract-event-arrest = { fact-arrest }
cli-extract-event-detention = { fact-detention }
cli-extract-event-release = { fact-release }
cli-extract-event-conditional-release = { fact-release } { release-conditional }
cli-extract-event-house-arrest = House arrest
cli-extract-event-transfer = { fact-transfer }
cli-extract-event-sentence = { fact-sentence }
cli-extract-event-charge = { fact-charge }
cli-extract-event-death-in-custody = { fact-death-in-custody }
cli-extract-event-disappearance = { fact-whereabouts-unknown }
cli-extract-event-exile = Exile
cli-extract-event-expulsion = Expulsion
cli-extract-certainty-requested = only requested
cli-extract-certainty-announced = announced, unconfirmed
cli-extract-certainty-attempted = only attempted
cli-extract-certainty-disputed = disputed by another source
cli-extract-why-relative = relative
cli-extract-why-official = official
cli-extract-why-source = source of the news
cli-extract-why-mentioned = mentioned, no custody event in the text
cli-extract-why-out-of-scope = held by a foreign state or for an ordinary crime or corruption: not a political detainee
cli-extract-count-political-prisoners = political prisoners
cli-extract-count-released = released
cli-extract-count-to-be-released = to be released
cli-extract-count-detained = detained
cli-extract-count-persons = persons
cli-extract-role-blogger = blogger
cli-extract-role-engineer = engineer
cli-extract-role-security-analyst = security analyst
cli-extract-role-tourist = tourist
cli-eval-extract-title = { $texts ->
    [one] Extraction scored on 1 text
   *[other] Extraction scored on { $texts } texts
}
cli-eval-total = all
cli-eval-person-p = detainees: precision
cli-eval-person-r = detainees: recall
cli-eval-person-f1 = detainees: F1
cli-eval-event-p = events (person and type): precision
cli-eval-event-r = events (person and type): recall
cli-eval-event-f1 = events (person and type): F1
cli-eval-date-acc = right dates of the events found
cli-eval-count-p = counts: precision
cli-eval-count-r = counts: recall
cli-eval-vague-kept = vague quantities kept vague
cli-eval-negatives = non-detainees taken for detainees
cli-eval-errors = texts that could not be read
cli-eval-ner-type = type
cli-eval-precision = precision
cli-eval-recall = recall
cli-eval-f1 = F1
cli-eval-ner-speed = { $rate } words/s

cli-source-title = title
cli-source-published = published
cli-source-language = language
cli-source-reliability = reliability

cli-key-none = no signing key: set AMPARO_KEY to a file path (kept away from the database) to sign checkpoints
cli-key-made = signing key made at { $path } (public key { $key }); keep it, and its checkpoints beside it, away from copies of the registry
cli-key-kept = signing key kept at { $path } (public key { $key }); keep it, and its checkpoints beside it, away from copies of the registry
cli-checkpoint-signed = checkpoint signed: audit entry { $seq } ({ $hash }) at { $at }
cli-checkpoint-nothing = nothing to sign: the head is already signed, or the log is empty
cli-export-table = exported { $count } persons, status as of { $date }
cli-export-records = exported { $count } records up to audit entry { $head }
cli-export-records-signed = exported { $count } records up to audit entry { $head }, signed by { $key }
cli-export-verified = export verified: signed by { $key } at { $at }; { $entries } audit entries chained, { $rows } rows match their recorded hashes
cli-export-failed = export verification FAILED: { $count } problem(s)
cli-restored = restored from the { $from } { $file }: { $audit } audit entries, { $sources } sources, { $persons } persons, { $facts } facts, { $retractions } retractions, { $proposals } proposals, { $facilities } facilities, { $announcements } announcements, { $claims } claims, { $checkpoints } checkpoints

cli-serve-demo = Demo registry: invented people written to { $db }
cli-serve-no-article = The January 2026 article is absent (looked for ../{ $article }): serving the invented people only.
cli-serve-article = The article { $path } was ingested: { $accepted } proposals accepted by the demo reviewer, { $left } left in the review queue.
cli-serve-serving = amparo is serving { $count } people at { $url } (Ctrl-C to stop)
cli-serve-stopped = amparo stopped.

## Accounts and tokens
cli-user-password-prompt = Password (at least 12 characters):
cli-user-password-again = The same password again:
cli-user-password-unreadable = cannot read the password
cli-user-password-differ = the two passwords differ
cli-user-disabled-tag = disabled
cli-user-since = since { $date }
cli-user-added = added { $login } ({ $role })
cli-user-password-changed = password of { $login } changed; its sessions ended
cli-user-role-set = { $login } is now { $role }
cli-user-disabled = { $login } is disabled; its sessions ended
cli-user-none = no account yet: add the first admin with `amparo user add LOGIN --role admin`
cli-token-added = token { $login } ({ $role }): shown this once; keep it secret
cli-token-revoked-tag = revoked { $date }
cli-token-made = by { $by } at { $date }
cli-token-none = no token yet
cli-token-revoked = revoked { $login }

## Errors reading the command line.
cli-parse-unknown-command = “{ $arg }” is not an amparo command
cli-parse-unknown-argument = “{ $arg }” is not an option of this command
cli-parse-invalid-value = { $value } is not a valid value for { $arg }
cli-parse-missing = { $arg } is missing
cli-parse-too-many = “{ $arg }” is one too many
cli-parse-other = the command line cannot be read: { $detail }
cli-parse-did-you-mean = did you mean “{ $suggestion }”?
cli-parse-usage = usage: { $usage }
cli-parse-more = to learn more: { $command } --help
