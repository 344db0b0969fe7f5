# case: jitted evaluation step computes the normalised log-loss of CTR predictions, taking the base-rate entropy with np.log on a tensor-derived click rate -> NumPy call on tensor values inside @ms.jit, expect rejection or fallback
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EPS = 1e-7


def _base_entropy(ctr):
    return -(ctr * np.log(ctr) + (1.0 - ctr) * np.log(1.0 - ctr))


@ms.jit
def normalized_logloss(probs, labels):
    probs = ops.clip_by_value(probs, EPS, 1.0 - EPS)
    ll = -(labels * ops.log(probs) + (1.0 - labels) * ops.log(1.0 - probs)).mean()
    ctr = labels.mean()
    return ll / _base_entropy(ctr)


def make():
    np.random.seed(38528)
    probs = Tensor(np.random.uniform(0.05, 0.6, size=(32,)).astype(np.float32))
    labels = Tensor((np.random.rand(32) < 0.25).astype(np.float32))
    return normalized_logloss, (probs, labels)
