"""RecruitFeatures is a well-behaved scikit-learn transformer, and its text output is stable."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.utils.estimator_checks import estimator_checks_generator, parametrize_with_checks

from recruitscan.features import RecruitFeatures

# Its native input is a 1-D sequence of texts, so "1-D input must be refused" cannot apply.
EXPECTED_FAILED = {
    "check_fit1d": "1-D input is the native format: one text per element",
    "check_fit2d_predict1d": "1-D input is the native format: texts are valid after any fit",
}
ESTIMATOR = RecruitFeatures(n_features=2**8)
CHECKS = parametrize_with_checks([ESTIMATOR], expected_failed_checks=lambda _e: EXPECTED_FAILED)


@CHECKS
def test_sklearn_compatible(estimator, check) -> None:
    check(estimator)


def test_checks_really_run() -> None:
    # scikit-learn silently yields almost no check for estimators it thinks take no 2-D input
    names = {getattr(c, "func", c).__name__
             for _e, c in estimator_checks_generator(ESTIMATOR, mark="skip")}
    assert len(names) > 30
    assert {"check_transformer_general", "check_estimators_nan_inf",
            "check_methods_sample_order_invariance"} <= names


TEXTS = ["Loker CS Kamboja, gaji 15 juta, tiket gratis", "Rapat jam 3 sore di kantor",
         "Hiring typists for Sihanoukville, visa provided, WhatsApp +855 12 345 678"]


def test_text_input_forms_agree() -> None:
    f = RecruitFeatures(n_features=2**10).fit(TEXTS)
    ref = f.transform(TEXTS).toarray()
    for form in (tuple(TEXTS), np.array(TEXTS, dtype=object), pd.Series(TEXTS), iter(TEXTS)):
        assert np.array_equal(f.transform(form).toarray(), ref)
    assert ref.shape == (3, 2**10 + len(f.get_feature_names_out()) - 2**10)
    assert ref[0].sum() > 0 and ref[0, 2**10:].sum() > 0  # some indicator fired


def test_bad_2d_input_is_refused() -> None:
    f = RecruitFeatures(n_features=2**8)
    with pytest.raises(ValueError):
        f.fit(np.array([[1.0, np.nan]]))
    with pytest.raises(TypeError):
        import scipy.sparse as sp

        f.fit(sp.csr_matrix(np.eye(2)))
