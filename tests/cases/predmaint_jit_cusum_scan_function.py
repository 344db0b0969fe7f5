# case: @ms.jit function computing a CUSUM scan over a fixed horizon with threshold counts -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

HORIZON = 16
DRIFT = 0.25
THRESH = 3.0


def _standardise(x, ref):
    mu = x[:, :ref].mean(axis=1, keep_dims=True)
    sd = x[:, :ref].std(axis=1, keepdims=True) + 1e-5
    return (x - mu) / sd


@ms.jit
def cusum_scan(x, ref_len=8):
    z = _standardise(x, ref_len)
    s = ops.zeros((x.shape[0],), ms.float32)
    hits = ops.zeros((x.shape[0],), ms.int32)
    first = ops.full((x.shape[0],), HORIZON, dtype=ms.int32)
    for t in range(HORIZON):
        s = ops.relu(s + z[:, t] - DRIFT)
        over = s > THRESH
        hits = hits + over.astype(ms.int32)
        newly = ops.logical_and(over, first == HORIZON)
        first = ops.where(newly, ops.full_like(first, t), first)
    return s, hits, first


def make():
    np.random.seed(26)
    x = np.random.randn(4, HORIZON).astype(np.float32)
    x[1:, 10:] += 2.5
    return cusum_scan, (Tensor(x),)
