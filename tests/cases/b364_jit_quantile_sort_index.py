# case: @ms.jit adaptive threshold takes the 95th percentile of each anomaly map by sorting the flattened map and indexing at a position computed from the shape -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

QUANTILE = 0.95


def _quantile_index(n, q=QUANTILE):
    return min(n - 1, int(round(q * (n - 1))))


@ms.jit
def adaptive_binarize(anomaly_map):
    b = anomaly_map.shape[0]
    flat = anomaly_map.reshape(b, -1)
    ranked, _ = ops.sort(flat, axis=-1)
    idx = _quantile_index(flat.shape[-1])
    thr = ranked[:, idx].reshape(b, 1, 1, 1)
    return (anomaly_map >= thr).astype(ms.float32), thr.reshape(b)


def make():
    np.random.seed(3673)
    amap = Tensor(np.random.rand(2, 1, 16, 16).astype(np.float32))
    return adaptive_binarize, (amap,)
