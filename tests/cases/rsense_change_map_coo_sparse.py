# case: sparse COO change map from thresholded difference (nonzero indices) densified back -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseChangeMap(nn.Cell):
    def __init__(self, threshold=0.3, band_weights=(0.2, 0.3, 0.5)):
        super().__init__()
        self.threshold = threshold
        self.band_weights = Tensor(np.array(band_weights, np.float32).reshape(-1, 1, 1))

    def weighted_diff(self, t0, t1):
        return (ops.abs(t1 - t0) * self.band_weights).sum(axis=0)

    def construct(self, t0, t1):
        diff = self.weighted_diff(t0, t1)
        h, w = diff.shape
        idx = ops.nonzero(diff > self.threshold).astype(ms.int32)
        vals = ops.gather_nd(diff, idx)
        change = COOTensor(idx, vals, (h, w))
        dense = change.to_dense()
        return dense, vals.sum()


def make():
    np.random.seed(8)
    t0 = np.random.rand(3, 12, 12).astype(np.float32) * 0.2
    t1 = t0.copy()
    t1[:, 2:6, 3:7] += 0.9
    return SparseChangeMap(), (Tensor(t0), Tensor(t1))
