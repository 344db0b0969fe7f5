# case: find distinct Doppler bins among detected cells with ops.unique to count moving targets -> dynamic shape (unique)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DopplerBinCounter(nn.Cell):
    def __init__(self, n_doppler=16):
        super().__init__()
        self.n_doppler = n_doppler
        self.peak_pool = nn.MaxPool2d(kernel_size=3, stride=1, pad_mode="same")

    def local_peaks(self, rd):
        m = self.peak_pool(rd.expand_dims(0).expand_dims(0)).squeeze()
        return (rd >= m).astype(ms.int32) * (rd > 2.0).astype(ms.int32)

    def construct(self, rd):
        peaks = self.local_peaks(rd)
        flat_idx = ops.argmax(peaks.astype(ms.float32), dim=1)       # strongest per range row
        has = peaks.sum(axis=1) > 0
        dop = ops.where(has, flat_idx, ops.zeros_like(flat_idx))
        uniq, _ = ops.unique(dop)
        return uniq, uniq.shape[0]


def make():
    np.random.seed(14)
    rd = np.abs(np.random.randn(10, 16)).astype(np.float32)
    rd[2, 5] = rd[6, 5] = rd[8, 11] = 9.0
    return DopplerBinCounter(), (Tensor(rd),)
