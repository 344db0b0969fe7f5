# case: approximate the 95th-percentile twist deviation of each strand by sorting and indexing a position computed from the static shape -> sort plus shape-derived constant index
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TwistP95Sorted(nn.Cell):
    def __init__(self, nominal_tpm=120.0, q=0.95):
        super().__init__()
        self.nominal_tpm = nominal_tpm
        self.q = q

    def construct(self, tpm):
        dev = ops.abs(tpm - self.nominal_tpm)
        srt, _ = ops.sort(dev, axis=1)
        pos = int(round(self.q * (dev.shape[1] - 1)))
        return srt[:, pos], dev.mean(axis=1)


def make():
    np.random.seed(142)
    tpm = np.random.normal(120.0, 3.0, size=(3, 50)).astype(np.float32)
    return TwistP95Sorted(), (Tensor(tpm),)
