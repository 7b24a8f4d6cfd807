"""``ledger init|keygen|checkpoint|proof|check-proof``, ``record``, ``retract``, ``log``, ``verify``, ``dump``."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import click

from claimgraph.cli._common import Failed, as_of_option, known_by_option, known_day, reports_errors
from claimgraph.errors import InputError, Problem
from claimgraph.io import dossier_headers
from claimgraph.model import KINDS, Ledger
from claimgraph.render.ledger_text import log_json, log_text, proof_text, read_proof, summary_text, verify_text
from claimgraph.store import (
    WITHDRAWERS,
    Head,
    Retraction,
    consistency_between,
    dump_store,
    generate_key,
    history,
    init_store,
    is_store,
    load_ledger,
    parse_head,
    read_public_key,
    record_ledger,
    sign_checkpoint,
    stored_metadata,
    verify_store,
)
from claimgraph.store.merkle import verify_consistency
from claimgraph.store.tree import published_head

__all__ = ["dump", "ledger", "log", "record", "retract", "verify"]

_LEDGER = click.option(
    "--ledger",
    "store",
    required=True,
    metavar="FILE",
    type=click.Path(dir_okay=False, path_type=str),
    help="The ledger store (SQLite file).",
)


#: Where ``record`` and ``retract`` find who records when --author is not given.
AUTHOR_VARIABLE = "CLAIMGRAPH_AUTHOR"

_AUTHOR = click.option(
    "--author",
    envvar=AUTHOR_VARIABLE,
    metavar="NAME",
    help=f"Who records: stored (and hashed) with every entry. Default: ${AUTHOR_VARIABLE}.",
)


def _author(author: str | None, dry_run: bool = False) -> str:
    """Who records, from --author or the environment; never guessed from the login name.

    The author is hashed into the ledger for good: a login such as ``desk`` or
    ``root`` would be a wrong attribution nobody notices, so none is assumed.
    A dry run records nothing, so it needs no author.
    """
    if (author is None or not author.strip()) and dry_run:
        return "(dry run)"
    if author is None or not author.strip():
        raise Failed(
            "error: who records is missing: give --author NAME, "
            f"or set {AUTHOR_VARIABLE} once (e.g. export {AUTHOR_VARIABLE}='J. Doe' in your shell profile) "
            "and every record and retract uses it"
        )
    return author


@click.group()
def ledger() -> None:
    """Manage ledger stores: append-only, hash-chained SQLite files with history.

    \b
    Example:
      claimgraph ledger init rafah.db
    """


@ledger.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=str))
@reports_errors
def init(file: str) -> None:
    """Create an empty ledger store (an existing ledger is left as it is).

    \b
    Example:
      claimgraph ledger init rafah.db
    """
    created = init_store(file)
    click.echo(f"created ledger {file}" if created else f"{file} is already a ledger; left unchanged")


@click.command()
@click.argument("dossiers", nargs=-1, required=True, type=click.Path(path_type=str))
@_LEDGER
@_AUTHOR
@click.option(
    "--retract-missing", is_flag=True, help="Treat the dossiers as the whole truth: retract current entries they lack."
)
@click.option("--dry-run", is_flag=True, help="List every entry that would change, with its diff; write nothing.")
@click.option(
    "-m",
    "--message",
    metavar="TEXT",
    help="Why this recording is made: kept (and hashed) with every entry it appends; the log and brief show it.",
)
@click.option(
    "--wait",
    default=30.0,
    show_default=True,
    type=click.FloatRange(0, 3600),
    metavar="SECONDS",
    help="How long to wait while another process records.",
)
@reports_errors
def record(
    dossiers: tuple[str, ...],
    store: str,
    author: str | None,
    retract_missing: bool,
    dry_run: bool,
    message: str | None,
    wait: float,
) -> None:
    """Record dossiers into a ledger: append only what changed (add, amend, retract).

    New entries are added and changed ones amended; recording the same dossiers
    again appends nothing. Entries the dossiers lack stay, unless
    --retract-missing says the dossiers are the whole truth. A dossier's
    top-level 'retractions:' list withdraws entries explicitly (id, reason,
    by: source or analyst, and cascade: true to take the entries that refer
    to it along); its own fields (title, note, id...) are kept with
    the recording (in an entry of their own when nothing else changed).
    Another ledger store, named alone, is recorded like a
    dossier of its current state. Who records comes from --author, else
    $CLAIMGRAPH_AUTHOR.

    \b
    Example:
      claimgraph record claims/ --ledger rafah.db --author "J. Doe" -m "first pass"
      claimgraph record claims/ --ledger rafah.db --author "J. Doe" --dry-run
    """
    who = _author(author, dry_run)
    ledger = load_ledger(dossiers)
    metadata, retractions = _dossier_fields(dossiers)
    summary = record_ledger(
        store,
        ledger,
        who,
        retract_missing=retract_missing,
        wait=wait,
        dry_run=dry_run,
        message=message,
        retractions=retractions,
        metadata=metadata,
    )
    click.echo(summary_text(summary, store, dry_run=dry_run), nl=False)


def _dossier_fields(paths: tuple[str, ...]) -> tuple[Mapping[str, object] | None, list[Retraction]]:
    """The dossiers' own fields (the first file's win) and their retractions; a store's kept fields."""
    if len(paths) == 1 and is_store(paths[0]):
        return stored_metadata(paths[0]) or None, []
    metadata: dict[str, object] = {}
    retractions: list[Retraction] = []
    problems: list[Problem] = []
    for label, fields in dossier_headers(paths):
        for key, value in fields.items():
            if key not in ("format", "retractions"):
                metadata.setdefault(key, value)
        listed = fields.get("retractions", [])
        for number, item in enumerate(listed if isinstance(listed, list) else [listed], start=1):
            retraction = _retraction(item)
            if retraction is None:
                problems.append(
                    Problem(
                        label,
                        0,
                        f"retraction {number}",
                        "must be a mapping with id, reason, by (source or analyst) and optionally cascade: true",
                        "write e.g. - {id: claim-7, reason: 'the ministry withdrew it', by: source}",
                    )
                )
            else:
                retractions.append(retraction)
    if problems:
        raise InputError(problems)
    return metadata or None, retractions


def _retraction(item: object) -> Retraction | None:
    if not isinstance(item, Mapping):
        return None
    entry_id, reason, by, kind = (item.get(key) for key in ("id", "reason", "by", "kind"))
    cascade = item.get("cascade", False)
    if not all(isinstance(value, str) for value in (entry_id, reason, by)) or not isinstance(kind, str | None):
        return None
    if not isinstance(cascade, bool):
        return None
    return Retraction(str(entry_id), str(reason), str(by), kind, cascade=cascade)


@click.command()
@click.argument("entry_id", metavar="ID")
@_LEDGER
@click.option("--reason", required=True, metavar="TEXT", help="Why it is withdrawn, in words a reader can follow.")
@click.option(
    "--by",
    "by",
    required=True,
    type=click.Choice(WITHDRAWERS),
    help="source: the source withdrew the statement; analyst: the desk removes an entry recorded in error.",
)
@_AUTHOR
@click.option(
    "--kind",
    type=click.Choice(list(KINDS)),
    help="The entry's kind, when several kinds share the id (default: the claim).",
)
@click.option(
    "--cascade",
    is_flag=True,
    help="Also retract every entry that refers to it (relations, reviews, questions...), in the same recording.",
)
@click.option("--dry-run", is_flag=True, help="List every entry that would be retracted; write nothing.")
@reports_errors
def retract(
    entry_id: str,
    store: str,
    reason: str,
    by: str,
    author: str | None,
    kind: str | None,
    cascade: bool,
    dry_run: bool,
) -> None:
    """Withdraw one entry from a ledger, saying why and who withdrew it.

    The brief then lists a claim withdrawn by its source apart from one the
    desk removed as recorded in error; the log keeps the reason. An entry
    others still refer to (a claim with relations or reviews, a source with
    claims...) is not retracted alone: the error lists every one of them, and
    --cascade retracts them with it (each noting which retraction took it
    along); --dry-run shows the list first. Who records comes from --author,
    else $CLAIMGRAPH_AUTHOR.

    \b
    Example:
      claimgraph retract idf-500 --reason "the IDF withdrew the figure" --by source --ledger rafah.db --author "J. Doe"
      claimgraph retract idf-500 --reason "recorded twice" --by analyst --ledger rafah.db --cascade --dry-run
    """
    retraction = Retraction(entry_id, reason, by, kind, cascade=cascade)
    summary = record_ledger(store, Ledger(), _author(author, dry_run), retractions=[retraction], dry_run=dry_run)
    click.echo(summary_text(summary, store, dry_run=dry_run), nl=False)


@click.command()
@_LEDGER
@click.argument("entry_id", metavar="[ID]", required=False)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Output format."
)
@as_of_option
@known_by_option
@reports_errors
def log(store: str, entry_id: str | None, fmt: str, as_of: str | None, known_by: str | None) -> None:
    """Show the ledger's history, or the history of one entry (claim, source...).

    Each entry shows when, by whom and why it was recorded; an amendment shows
    each changed field's old → new value (long text as a word diff, [-removed-]
    {+added+}); a retraction says whether the source withdrew the statement or
    the desk removed the entry. --as-of keeps the entries recorded by then;
    --known-by the history of what was known on that story day (claims said
    by then, their relations, reviews dated by then, every source).

    \b
    Example:
      claimgraph log --ledger rafah.db cogat-crossing-open
      claimgraph log --ledger rafah.db --known-by 2026-02-04 --format json
    """
    entries = history(store, entry_id, as_of=as_of, known_by=known_day(known_by))
    if entry_id is not None and not entries:
        if known_by is not None and history(store, entry_id, as_of=as_of):
            raise Failed(f"error: {store}: {entry_id!r} was not known on {known_by} (--known-by)")
        raise Failed(f"error: {store}: no entry has the id {entry_id!r}")
    click.echo(log_json(entries) if fmt == "json" else log_text(entries), nl=False)


def _head_option(text: str, where: str) -> Head | str:
    head = parse_head(text)
    if head is None:
        raise Failed(f"error: {where}: {text.strip()[:80]!r} is not a ledger head (SIZE:ROOT, as verify prints it)")
    return head


def _read_text(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise Failed(f"error: {path}: cannot be read: {exc.strerror}") from None


def _pinned(heads: tuple[str, ...], head_files: tuple[str, ...], against: tuple[str, ...]) -> list[Head | str]:
    """Every head the user pinned, however given."""
    pinned = [_head_option(text, "--head") for text in heads]
    for path in head_files:
        lines = [line for line in _read_text(path).splitlines() if line.strip() and not line.startswith("#")]
        if not lines:
            raise Failed(f"error: {path}: holds no ledger head")
        pinned.extend(_head_option(line, path) for line in lines)
    for path in against:
        head = published_head(_read_text(path))
        if head is None:
            raise Failed(
                f"error: {path}: records no ledger head (only briefs, JSON/YAML exports and dumps of a ledger store do)"
            )
        pinned.append(head)
    return pinned


@click.command()
@_LEDGER
@click.option(
    "--head",
    "heads",
    multiple=True,
    metavar="SIZE:ROOT",
    help="A head kept earlier: fail unless the ledger extends it.",
)
@click.option(
    "--head-file",
    "head_files",
    multiple=True,
    metavar="FILE",
    type=click.Path(dir_okay=False, path_type=str),
    help="A file of heads kept earlier, one a line.",
)
@click.option(
    "--against",
    multiple=True,
    metavar="FILE",
    type=click.Path(dir_okay=False, path_type=str),
    help="A published brief, export or dump: fail unless the ledger extends the head it records.",
)
@click.option(
    "--trusted-key",
    metavar="KEY.pub",
    type=click.Path(dir_okay=False, path_type=str),
    help="Require signed checkpoints, every one by this public key.",
)
@reports_errors
def verify(
    store: str, heads: tuple[str, ...], head_files: tuple[str, ...], against: tuple[str, ...], trusted_key: str | None
) -> None:
    """Recompute the ledger's hash chain, Merkle tree and current state; check heads and checkpoints.

    Prints the ledger's head (SIZE:ROOT): keep it, or publish it, and a later
    rewrite of anything it covers is caught with --head. Exits with 1 when an
    entry was changed, removed or reordered, a schema object altered, a
    checkpoint's signature fails, or a pinned head is no longer a prefix.

    \b
    Example:
      claimgraph verify --ledger rafah.db
      claimgraph verify --ledger rafah.db --head 8:3f2a...
      claimgraph verify --ledger rafah.db --against brief.html
    """
    pinned = _pinned(heads, head_files, against)
    key = read_public_key(trusted_key) if trusted_key is not None else None
    result = verify_store(store, heads=pinned, trusted_key=key)
    if not result.ok:
        raise Failed(verify_text(result, store).rstrip("\n"))
    click.echo(verify_text(result, store), nl=False)


@ledger.command()
@click.option(
    "--out",
    required=True,
    metavar="KEY",
    type=click.Path(dir_okay=False, path_type=str),
    help="The private key file to write; the public key goes to KEY.pub.",
)
@reports_errors
def keygen(out: str) -> None:
    """Make an Ed25519 key pair for signing checkpoints (private key readable by you alone).

    \b
    Example:
      claimgraph ledger keygen --out desk.key
    """
    private, public = generate_key(out)
    click.echo(f"wrote {private} (private: keep it secret) and {public} (public: publish it)")


@ledger.command()
@_LEDGER
@click.option(
    "--key",
    required=True,
    metavar="KEY",
    type=click.Path(dir_okay=False, path_type=str),
    help="The private key from 'ledger keygen'.",
)
@reports_errors
def checkpoint(store: str, key: str) -> None:
    """Sign the ledger's current head and keep the signature in the ledger.

    verify then checks that the ledger still extends every checkpoint, so a
    rewrite before the last one shows without a head kept elsewhere.

    \b
    Example:
      claimgraph ledger checkpoint --ledger rafah.db --key desk.key
    """
    signed = sign_checkpoint(store, key)
    click.echo(
        f"checkpoint #{signed.number} of {store}: head {signed.head} signed at {signed.signed_at} "
        f"by key {signed.public_key.hex()}"
    )


@ledger.command()
@_LEDGER
@click.option("--from", "old", required=True, metavar="SIZE:ROOT", help="The earlier head.")
@reports_errors
def proof(store: str, old: str) -> None:
    """Print a consistency proof from an earlier head to the current one, checkable without the ledger.

    \b
    Example:
      claimgraph ledger proof --ledger rafah.db --from 8:3f2a... > proof.txt
      claimgraph ledger check-proof proof.txt
    """
    head = _head_option(old, "--from")
    if not isinstance(head, Head):
        raise Failed("error: --from: a proof needs a head in the SIZE:ROOT form")
    try:
        earlier, current, hashes = consistency_between(store, head.size)
    except ValueError as exc:
        raise Failed(f"error: {store}: {exc}: the ledger lost entries since that head") from None
    if earlier.root != head.root:
        raise Failed(
            f"error: {store}: its first {head.size} entries do not have the root {head.root.hex()}: "
            "the ledger does not extend that head"
        )
    click.echo(proof_text(earlier, current, hashes), nl=False)


@ledger.command("check-proof")
@click.argument("file", type=click.Path(dir_okay=False, path_type=str))
@click.option("--from", "old", metavar="SIZE:ROOT", help="Require the proof to start at this head.")
@click.option("--to", "new", metavar="SIZE:ROOT", help="Require the proof to end at this head.")
@reports_errors
def check_proof(file: str, old: str | None, new: str | None) -> None:
    """Check a consistency proof from 'ledger proof', without the ledger.

    \b
    Example:
      claimgraph ledger check-proof proof.txt --from 8:3f2a...
    """
    parsed = read_proof(_read_text(file))
    if parsed is None:
        raise Failed(f"error: {file}: is not a claimgraph consistency proof")
    earlier, current, hashes = parsed
    for given, head, which in ((old, earlier, "--from"), (new, current, "--to")):
        if given is not None and _head_option(given, which) != head:
            raise Failed(f"error: {file}: the proof is for head {head}, not {given}")
    if not verify_consistency(earlier.size, current.size, earlier.root, current.root, hashes):
        raise Failed(f"error: {file}: the proof fails: head {current} does not extend head {earlier}")
    click.echo(f"ok: head {current} extends head {earlier}")


@click.command()
@_LEDGER
@click.option(
    "-o",
    "--output",
    "out_dir",
    required=True,
    metavar="DIR",
    type=click.Path(file_okay=False, path_type=str),
    help="Folder to write the dossier into.",
)
@as_of_option
@known_by_option
@reports_errors
def dump(store: str, out_dir: str, as_of: str | None, known_by: str | None) -> None:
    """Write the ledger's current state back to a dossier (YAML, with document texts).

    --as-of dumps the ledger as it stood at a recording time, --known-by only
    what was known on a story day; the two combine.

    \b
    Example:
      claimgraph dump --ledger rafah.db -o dumped/
      claimgraph dump --ledger rafah.db --known-by 2026-02-04 -o as-known/
    """
    for path in dump_store(store, out_dir, as_of=as_of, known_by=known_day(known_by)):
        click.echo(f"wrote {path}", err=True)
