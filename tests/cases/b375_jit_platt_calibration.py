# case: jitted Platt-scaling calibration of raw risk logits with module constants and a fixed number of Newton-style refinement steps over range(<int>) -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PLATT_A = 1.3
PLATT_B = -0.4
REFINE_STEPS = 3
PRIOR_FRAUD_RATE = 0.02


def _prior_shift(p, prior):
    odds = p / (1.0 - p + 1e-7)
    adj = odds * (prior / (1.0 - prior)) / (0.5 / 0.5)
    return adj / (1.0 + adj)


@ms.jit
def calibrate_scores(raw_logits, weights):
    z = PLATT_A * raw_logits + PLATT_B
    p = ops.sigmoid(z)
    for _ in range(REFINE_STEPS):
        p = 0.5 * p + 0.5 * ops.sigmoid(z * (1.0 + weights))
    return _prior_shift(p, PRIOR_FRAUD_RATE), p


def make():
    np.random.seed(3788)
    logits = np.random.randn(16).astype(np.float32) * 2
    weights = np.random.rand(16).astype(np.float32) * 0.1
    return calibrate_scores, (Tensor(logits), Tensor(weights))
