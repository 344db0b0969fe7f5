# case: sort range-bin powers and keep a constant number of peaks set in the constructor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopPeaks(nn.Cell):
    def __init__(self, n_keep=3):
        super().__init__()
        self.n_keep = n_keep

    def to_db(self, p):
        return 10.0 * ops.log(p + 1e-6) / np.log(10.0)

    def construct(self, power):
        db = self.to_db(power)
        sorted_db, order = ops.sort(db, axis=-1, descending=True)
        peaks = sorted_db[..., :self.n_keep]
        bins = order[..., :self.n_keep]
        margin = peaks - sorted_db[..., self.n_keep:].mean(axis=-1, keep_dims=True)
        return peaks, bins, margin


def make():
    np.random.seed(7)
    p = np.abs(np.random.randn(2, 40)).astype(np.float32) + 0.1
    return TopPeaks(), (Tensor(p),)
