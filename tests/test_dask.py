"""``recruitscan.dask.screen`` on a distributed LocalCluster equals ``Detector.screen``."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import recruitscan.dask as rdask  # noqa: E402
from recruitscan.corrections import Corrections  # noqa: E402
from recruitscan.errors import InputError  # noqa: E402

TEXTS = ["Dibutuhkan segera CS untuk Kamboja, gaji 15 juta, tiket ditanggung, hubungi WA",
         "Besok rapat jam 9 pagi di kantor", None, "", "Hiring CSR in Cambodia, free ticket"]
# Each read differently by a detector whose settings differ from its files' (see below).
SETTINGS_TEXTS = ["Loker CS Kamboja gaji 15jt tiket gratis hubungi +62 812 3456 7890",
                  "selamat pagi, hubungi @recruiter_bob", "Hiring CSR in Cambodia, free ticket",
                  "Loker admin Jakarta gaji UMR",
                  "Besok rapat jam 9 pagi di kantor, jangan lupa bawa laptop dan charger ya", None]


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(processes=False, n_workers=2, threads_per_worker=1,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as c:
        yield c


def frame(n: int = 30) -> pd.DataFrame:
    return pd.DataFrame({"id": range(n), "text": [TEXTS[i % len(TEXTS)] for i in range(n)]})


def with_other_settings(det):
    """A copy of ``det`` with every setting changed as a user changes it, on the object."""
    other = det.with_corrections(Corrections(allow_phones=("+62 812 3456 7890",),
                                             deny_handles=("@recruiter_bob",)))
    other.threshold, other.medium_threshold, other.max_chars = 0.5, 0.45, 70
    return other


def comparable(df: pd.DataFrame) -> pd.DataFrame:
    # Dask may keep text as Arrow strings (missing = pd.NA): compare values, not string dtypes.
    df = df.reset_index(drop=True).astype(object)
    return df.where(df.notna(), None)


@pytest.mark.slow
@pytest.mark.parametrize("reasons", ["full", "ids", "none"])
def test_dask_equals_pandas_row_for_row(client, tiny_det, tiny_model_dir, reasons):
    pdf = frame()
    ddf = dd.from_pandas(pdf, npartitions=4)
    got = rdask.screen(ddf, text_col="text", model=tiny_model_dir, reasons=reasons)
    assert list(got.columns) == list(tiny_det.screen(pdf.head(1), reasons=reasons).columns)
    result, expected = got.compute(), tiny_det.screen(pdf, reasons=reasons)
    pd.testing.assert_frame_equal(comparable(result), comparable(expected))


@pytest.mark.slow
def test_model_is_loaded_once_per_worker_not_per_partition(client, tiny_model_dir):
    rdask._CACHE.clear()
    rdask.LOADS.clear()
    client.register_plugin(rdask.PreloadModel(tiny_model_dir))
    ddf = dd.from_pandas(frame(40), npartitions=8)
    rdask.screen(ddf, model=tiny_model_dir, reasons="none").compute()
    # Threaded workers share this process: one load in all, whatever the partition count.
    assert rdask.LOADS == [str(tiny_model_dir)]


def test_missing_text_column_is_refused(tiny_model_dir):
    ddf = dd.from_pandas(frame(4), npartitions=1)
    with pytest.raises(InputError, match="'body'"):
        rdask.screen(ddf, text_col="body", model=tiny_model_dir)


def test_import_recruitscan_does_not_import_dask():
    code = "import sys, recruitscan; print(any(m.split('.')[0] == 'dask' for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.slow
def test_dask_reads_scores_at_a_prevalence_as_pandas_does(client, tiny_det, tiny_model_dir):
    pdf = frame()
    ddf = dd.from_pandas(pdf, npartitions=3)
    got = rdask.screen(ddf, text_col="text", model=tiny_model_dir, reasons="none",
                       prevalence=0.02)
    expected = tiny_det.screen(pdf, reasons="none", prevalence=0.02)
    assert list(got.columns) == list(expected.columns)
    assert list(expected.columns)[list(expected.columns).index("score") + 1] == \
        "score_at_prevalence"
    pd.testing.assert_frame_equal(comparable(got.compute()), comparable(expected))


def test_a_prevalence_that_is_no_share_is_refused_before_any_work(tiny_model_dir):
    ddf = dd.from_pandas(frame(4), npartitions=1)
    with pytest.raises(InputError, match="prevalence"):
        rdask.screen(ddf, model=tiny_model_dir, prevalence=1.5)


@pytest.mark.slow
def test_dask_screens_with_a_detectors_own_settings_as_pandas_does(client, tiny_det):
    det = with_other_settings(tiny_det)
    pdf = pd.DataFrame({"id": range(12), "text": SETTINGS_TEXTS * 2})
    got = rdask.screen(dd.from_pandas(pdf, npartitions=3), model=det).compute()
    expected = det.screen(pdf)
    pd.testing.assert_frame_equal(comparable(got), comparable(expected))
    # Every setting changed something: the corrections, threshold and band edge the risk,
    # max_chars the status.
    as_saved = tiny_det.screen(pdf)
    for col in ("flagged", "risk", "status", "reasons"):
        assert (expected[col] != as_saved[col]).any(), col


def test_dask_gives_a_text_that_is_no_string_not_text_as_pandas_does(tiny_model_dir):
    import dask

    pdf = pd.DataFrame({"id": [1, 2, 3], "text": ["Besok rapat jam 9 pagi", 5, None]})
    # Dask's default turns the column into strings ("5") before screen() sees it.
    with dask.config.set({"dataframe.convert-string": False}):
        got = rdask.screen(dd.from_pandas(pdf, npartitions=2), model=tiny_model_dir,
                           reasons="none").compute(scheduler="sync")
    assert got["status"].tolist() == ["ok", "not_text", "empty"]
    assert got["text"].tolist() == ["Besok rapat jam 9 pagi", 5, None]
