# case: @ms.jit score normaliser clips image scores with np.clip on scores.asnumpy() using stored min/max statistics -> asnumpy and NumPy in a jit function, expect error
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

NORM_STATS = {"min": 0.1, "max": 2.5}


def _min_max(scores, lo, hi):
    clipped = np.clip(scores.asnumpy(), lo, hi)
    return Tensor((clipped - lo) / (hi - lo), ms.float32)


@ms.jit
def normalize_scores(image_scores, anomaly_map):
    scores = _min_max(image_scores, NORM_STATS["min"], NORM_STATS["max"])
    amap = ops.clamp((anomaly_map - NORM_STATS["min"]) / (NORM_STATS["max"] - NORM_STATS["min"]), 0.0, 1.0)
    return scores, amap


def make():
    np.random.seed(3677)
    scores = Tensor((np.random.rand(4) * 3.0).astype(np.float32))
    amap = Tensor((np.random.rand(4, 1, 8, 8) * 3.0).astype(np.float32))
    return normalize_scores, (scores, amap)
