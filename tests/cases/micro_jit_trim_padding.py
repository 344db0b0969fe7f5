# case: @ms.jit helper that trims zero padding columns/rows of a stitched mosaic; slice bounds counted from data -> dynamic shape at line 15
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def _content_extent(profile):
    return (profile > 0).astype(ms.int32).sum()


@ms.jit
def trim_and_normalize(mosaic):
    n_rows = _content_extent(mosaic.sum(axis=1))
    n_cols = _content_extent(mosaic.sum(axis=0))
    content = mosaic[:n_rows, :n_cols]
    lo = content.min()
    hi = content.max()
    return (content - lo) / (hi - lo + 1e-6)


def make():
    np.random.seed(30)
    mosaic = np.zeros((24, 24), np.float32)
    mosaic[:18, :20] = np.random.rand(18, 20).astype(np.float32) + 0.1
    return trim_and_normalize, (Tensor(mosaic),)
