# case: jit function applying rule-based fraud scoring with a Python bool strict flag and weighted indicator sum -> flag is a constant, static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

RULE_WEIGHTS = (0.4, 0.25, 0.2, 0.15)


@ms.jit
def rule_score(days_since_inception, claim_to_si, n_prior_claims, late_report, strict=False):
    indicators = ops.stack([
        (days_since_inception < 30.0).astype(ms.float32),
        (claim_to_si > 0.8).astype(ms.float32),
        (n_prior_claims >= 3.0).astype(ms.float32),
        late_report.astype(ms.float32),
    ], axis=1)
    w = Tensor(RULE_WEIGHTS, ms.float32)
    score = (indicators * w).sum(axis=1)
    threshold = 0.3 if strict else 0.5
    return score, (score >= threshold).astype(ms.int32)


def make():
    np.random.seed(39)
    d = Tensor(np.random.uniform(0, 365, size=(12,)).astype(np.float32))
    r = Tensor(np.random.uniform(0, 1, size=(12,)).astype(np.float32))
    n = Tensor(np.random.poisson(1.2, size=(12,)).astype(np.float32))
    late = Tensor(np.random.rand(12) > 0.8)
    return rule_score, (d, r, n, late, True)
