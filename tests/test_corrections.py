"""Analyst corrections: visible allow/deny lists, saved with a model and loaded with it."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

import recruitscan
from recruitscan.corrections import FILE, Corrections
from recruitscan.errors import InputError

SCAM = ("Loker kapal pesiar! PT Samudra Bahari Crew cari waiter, gaji USD 1.500 + tips, tiket "
        "ditanggung, langsung interview minggu ini. WA 0899-0012-3456, info www.samudra-crew.example")
BENIGN = "Lowongan kasir minimarket di Bandung, gaji UMK, BPJS, kontrak PKWT. Hubungi @kasir_bdg"


def test_the_examples_are_what_the_tests_assume(det) -> None:  # noqa: ANN001
    assert det.scan(SCAM).flagged
    assert not det.scan(BENIGN).flagged


@pytest.mark.parametrize(("corrections", "indicator", "evidence"), [
    (Corrections(allow_employers=("samudra bahari  crew",)), "correction.allow_listed_employer",
     "Samudra Bahari Crew"),
    (Corrections(allow_domains=("samudra-crew.example",)), "correction.allow_listed_domain",
     "samudra-crew.example"),
    # The same number with its country code, where the text has its local form.
    (Corrections(allow_phones=("+62 899 0012 3456",)), "correction.allow_listed_phone_number",
     "0899-0012-3456"),
])
def test_allow_list_unflags_visibly(det, corrections, indicator, evidence) -> None:  # noqa: ANN001
    plain = det.scan(SCAM)
    fixed = det.with_corrections(corrections).scan(SCAM)
    assert not fixed.flagged and fixed.risk == "low" and fixed.category == "legit"
    assert fixed.score == plain.score  # the model's score is left as computed
    first = fixed.reasons[0]
    assert first.indicator == indicator
    assert first.evidence == evidence == SCAM[first.start:first.end]
    assert "allow-listed" in first.message
    assert fixed.reasons[1:] == plain.reasons  # the model's own reasons are all still there
    assert det.scan(SCAM).flagged  # the original detector is unchanged


LURE = "Loker CS Kamboja gaji 15jt tiket gratis, WA "


@pytest.mark.parametrize("written", [
    "+62 812 3456 7890", "0812-3456-7890", "081234567890", "(+62) 812.3456.7890",
    "+6281234567890", "62 812 3456 7890", "０８１２３４５６７８９０", "0812 3456 7890 (08.00-17.00)",
])
@pytest.mark.parametrize("listed", ["+62 812 3456 7890", "0812 3456 7890"])
def test_a_listed_number_matches_the_same_number_however_written(det, listed, written) -> None:  # noqa: ANN001
    r = det.with_corrections(Corrections(allow_phones=(listed,))).scan(LURE + written)
    assert not r.flagged and r.reasons[0].indicator == "correction.allow_listed_phone_number"
    assert written.startswith(r.reasons[0].evidence)


@pytest.mark.parametrize("other", [
    "+855 97 234 567 890",  # another country's number ending in the same digits
    "+1 (812) 345-678-90",
    "+1 (812) 3456-7890",
    "rek BCA 0012345678901",  # an account number holding them
    "99 0812 3456 7890",
    "0812 3456 78901",
])
def test_a_listed_number_never_matches_a_part_of_another(det, other) -> None:  # noqa: ANN001
    listed = Corrections(allow_phones=("+62 812 3456 7890",), deny_handles=("+62 812 3456 7890",))
    assert det.with_corrections(replace(listed, deny_handles=())).scan(LURE + other).flagged
    denied = det.with_corrections(replace(listed, allow_phones=())).scan("selamat pagi " + other)
    assert not denied.flagged and all(r.indicator != "correction.deny_listed"
                                      for r in denied.reasons)


def test_a_number_phonenumbers_cannot_read_matches_its_exact_digits_only(det) -> None:  # noqa: ANN001
    c = det.with_corrections(Corrections(deny_handles=("1234-5678",)))
    assert c.scan("selamat pagi, kode 1234 5678").flagged
    assert not c.scan("selamat pagi, kode 91234 5678").flagged
    assert not c.scan("selamat pagi, kode 1234 56789").flagged


def test_deny_listed_handle_flags_with_a_reason(det) -> None:  # noqa: ANN001
    fixed = det.with_corrections(Corrections(deny_handles=("@kasir_bdg",))).scan(BENIGN)
    assert fixed.flagged and fixed.risk == "high"
    assert fixed.category == "compound_recruitment"
    # The model's probability of a scam, not that of the legit category it replaced (which
    # read 0.97 for a benign text).
    assert fixed.category_probability == fixed.score < 0.5
    r = fixed.reasons[0]
    assert r.indicator == "correction.deny_listed" and "@kasir_bdg" in r.message
    assert BENIGN[r.start:r.end] == r.evidence == "@kasir_bdg"


def test_deny_listed_handle_in_an_uncovered_language_gets_a_scam_kind(det) -> None:  # noqa: ANN001
    text = "Работа в Камбодже, пишите в Telegram @kasir_bdg"
    assert det.scan(text).category == "unassessed"
    fixed = det.with_corrections(Corrections(deny_handles=("@kasir_bdg",))).scan(text)
    assert fixed.flagged and fixed.status == "unsupported_language"
    assert (fixed.category, fixed.category_probability) == ("compound_recruitment", fixed.score)


def test_deny_wins_over_allow(det) -> None:  # noqa: ANN001
    both = Corrections(allow_employers=("Samudra Bahari Crew",), deny_handles=("0899-0012-3456",))
    r = det.with_corrections(both).scan(SCAM)
    assert r.flagged and r.reasons[0].indicator == "correction.deny_listed"


def test_entries_match_whole_words_only(det) -> None:  # noqa: ANN001
    c = Corrections(allow_employers=("Samudra Bahari Cr",), deny_handles=("@kasir",))
    assert det.with_corrections(c).scan(SCAM).flagged
    assert not det.with_corrections(c).scan(BENIGN).flagged


@pytest.mark.parametrize(("written", "evidence"), [
    ("https://majujaya.co.id/apply", "majujaya.co.id"),
    ("https://jobs.majujaya.co.id/apply", "majujaya.co.id"),  # a subdomain is the employer's
    ("MAJUJAYA.CO.ID.", "MAJUJAYA.CO.ID"),  # the end of a sentence, not another label
    ("hr@majujaya.co.id", "majujaya.co.id"),
    ("(https://hr:cv@majujaya.co.id:8443/karir)", "majujaya.co.id"),
])
def test_an_allow_listed_domain_matches_itself_and_its_subdomains(det, written, evidence) -> None:  # noqa: ANN001
    c = det.with_corrections(Corrections(allow_domains=("majujaya.co.id",)))
    r = c.scan(LURE + "daftar di " + written)
    assert not r.flagged and r.reasons[0].indicator == "correction.allow_listed_domain"
    assert r.reasons[0].evidence == evidence


@pytest.mark.parametrize("look_alike", [
    "https://majujaya.co.id.kh-jobs.top/apply",  # a host it only starts
    "https://majujaya.co.id-kh.top/apply",
    "https://fake-majujaya.co.id",  # hosts it only ends
    "https://xmajujaya.co.id",
    "https://1majujaya.co.id",
    "https://majujaya.co.id@evil.com",  # the user part of a link or address
    "https://majujaya.co.id:cv@evil.com",
    "majujaya.co.id@evil.com",
    "https://kh-jobs.top/majujaya.co.id",  # the path or query of a link to another host
    "https://kh-jobs.top/?ref=majujaya.co.id",
])
def test_an_allow_listed_domain_never_unflags_a_look_alike(det, look_alike) -> None:  # noqa: ANN001
    c = det.with_corrections(Corrections(allow_domains=("majujaya.co.id",)))
    r = c.scan(LURE + "daftar di " + look_alike)
    assert r.flagged and all(x.indicator != "correction.allow_listed_domain" for x in r.reasons)


def test_a_deny_listed_domain_matches_only_as_a_domain(det) -> None:  # noqa: ANN001
    c = det.with_corrections(Corrections(deny_handles=("kh-jobs.top",)))
    for named in ("https://apply.kh-jobs.top/cv", "kh-jobs.top.", "https://x.example/?u=kh-jobs.top"):
        r = c.scan("selamat pagi, info " + named)
        assert r.flagged and r.reasons[0].evidence == "kh-jobs.top", named
    for other in ("https://my-kh-jobs.top", "https://kh-jobs.top.example/cv", "kh-jobs.topaz.id"):
        r = c.scan("selamat pagi, info " + other)
        assert all(x.indicator != "correction.deny_listed" for x in r.reasons), other


def test_corrections_apply_in_batches(det) -> None:  # noqa: ANN001
    import pandas as pd

    fixed = det.with_corrections(Corrections(allow_employers=("Samudra Bahari Crew",)))
    out = fixed.screen(pd.DataFrame({"text": [SCAM, None, BENIGN]}), reasons="ids")
    assert out["flagged"].tolist() == [False, False, False]
    assert out["reasons"].iloc[0].startswith("correction.allow_listed_employer")
    assert out["status"].tolist() == ["ok", "empty", "ok"]


def test_empty_corrections_change_nothing(det) -> None:  # noqa: ANN001
    assert not Corrections()
    assert det.with_corrections(Corrections()).scan(SCAM) == det.scan(SCAM)


@pytest.mark.parametrize("bad", [
    {"allow_employers": "PT Samudra"},  # a string, not a list
    {"allow_employers": [""]},
    {"deny_handles": ["ok", 3]},
])
def test_constructor_refuses_bad_entries(bad) -> None:  # noqa: ANN001
    with pytest.raises(ValueError, match="must be a list of non-empty strings"):
        Corrections(**bad)


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    c = Corrections(allow_employers=("PT Mitra Bahari", "Résidence Angkor"),
                    allow_domains=("jobs.example",), allow_phones=("+62 899 0012 3456",),
                    deny_handles=("@hr_global_team",))
    path = c.save(tmp_path / FILE)
    assert Corrections.load(path) == c
    assert json.loads(path.read_text(encoding="utf-8"))["allow_employers"][1] == "Résidence Angkor"


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "not valid JSON"),
    ('["@handle"]', "must be a JSON object"),
    ('{"allow_employer": ["PT X"]}', r"unknown keys \['allow_employer'\]"),
    ('{"allow_employers": "PT X"}', "allow_employers must be a list of strings, not str"),
    ('{"deny_handles": ["@x", ""]}', "non-empty strings"),
    (b"\xff\xfe{}", "cannot read"),
])
def test_bad_files_give_clear_errors(tmp_path: Path, content: str | bytes, message: str) -> None:
    path = tmp_path / FILE
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message) as info:
        Corrections.load(path)
    assert str(path) in str(info.value)  # the message names the file
    with pytest.raises(InputError, match="cannot read"):
        Corrections.load(tmp_path / "missing.json")


# -- stored with a model directory -----------------------------------------------------------


def test_saved_with_a_model_dir_and_loaded_by_load(tiny_model_dir: Path, tmp_path: Path) -> None:
    model = shutil.copytree(tiny_model_dir, tmp_path / "model")
    assert not recruitscan.load(model).corrections
    c = Corrections(allow_employers=("Samudra Bahari Crew",))
    c.save(model / FILE)
    loaded = recruitscan.load(model)  # corrections.json is allowed next to the hashed files
    assert loaded.corrections == c
    r = loaded.scan(SCAM)
    assert not r.flagged and r.reasons[0].indicator == "correction.allow_listed_employer"


def test_a_broken_corrections_file_stops_loading(tiny_model_dir: Path, tmp_path: Path) -> None:
    model = shutil.copytree(tiny_model_dir, tmp_path / "model")
    (model / FILE).write_text('{"allow_employers": "oops"}', encoding="utf-8")
    with pytest.raises(InputError, match="corrections.json"):
        recruitscan.load(model)


def test_fit_model_dir_writes_corrections(tmp_path: Path) -> None:
    from recruitscan.datasets import load_corpus
    from recruitscan.model import ModelConfig
    from recruitscan.train import fit_model_dir

    df = load_corpus(Path(__file__).parent / "data" / "tiny.jsonl")
    c = Corrections(deny_handles=("@kasir_bdg",))
    out, metrics = fit_model_dir(df, tmp_path / "m", ModelConfig(n_features=2**12, max_iter=500),
                                 corrections=c)
    assert (out / FILE).is_file() and (out / "MODEL_CARD.md").is_file()
    assert "test" in metrics
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [d["rows"] for d in manifest["data"]] == [len(df)]
    det = recruitscan.load(out)
    assert det.corrections == c and det.scan(BENIGN).flagged


def test_config_corrections_section(tmp_path: Path) -> None:
    from recruitscan.train import read_corrections, run

    tiny = Path(__file__).parent / "data" / "tiny.jsonl"
    cfg = tmp_path / "cfg.toml"
    cfg.write_text(f"""
[data]
corpus = "{tiny.as_posix()}"

[model]
seed = 1
n_features = 4096
max_iter = 500

[corrections]
allow_employers = ["Samudra Bahari Crew"]
deny_handles = ["@kasir_bdg"]
""", encoding="utf-8")
    out = run(cfg, tmp_path / "m", base=tmp_path, log=lambda _m: None)
    det = recruitscan.load(out)
    assert det.corrections == Corrections(allow_employers=("Samudra Bahari Crew",),
                                          deny_handles=("@kasir_bdg",))
    assert not det.scan(SCAM).flagged

    no_section = tmp_path / "plain.toml"
    no_section.write_text('[model]\nseed = 1\n', encoding="utf-8")
    assert read_corrections(no_section) is None
    for body, message in (('[corrections]\nallow_employer = ["x"]\n', "unknown"),
                          ('[corrections]\nallow_employers = [""]\n', "non-empty")):
        bad = tmp_path / "bad.toml"
        bad.write_text(body, encoding="utf-8")
        with pytest.raises(ValueError, match=message):
            read_corrections(bad)
        with pytest.raises(ValueError, match=message):  # before any training starts
            run(bad, tmp_path / "never", base=tmp_path, log=lambda _m: None)
    assert not (tmp_path / "never").exists()
