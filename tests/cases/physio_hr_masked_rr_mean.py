# case: heart rate from a fixed-size padded peak-position tensor plus a validity mask; RR intervals are masked and averaged with sums -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PaddedHeartRate(nn.Cell):
    def __init__(self, fs=250.0):
        super().__init__()
        self.fs = fs

    def rr_seconds(self, peaks):
        return (peaks[:, 1:] - peaks[:, :-1]).astype(ms.float32) / self.fs

    def construct(self, peaks, valid):
        # peaks: (batch, max_beats) int32 padded; valid: (batch, max_beats) bool
        rr = self.rr_seconds(peaks)
        pair_ok = ops.logical_and(valid[:, 1:], valid[:, :-1]).astype(ms.float32)
        mean_rr = (rr * pair_ok).sum(axis=1) / ops.maximum(pair_ok.sum(axis=1), 1.0)
        hr = ops.where(pair_ok.sum(axis=1) > 0, 60.0 / mean_rr, ops.zeros_like(mean_rr))
        return hr


def make():
    np.random.seed(24)
    peaks = np.zeros((3, 8), dtype=np.int32)
    valid = np.zeros((3, 8), dtype=bool)
    for b, n in enumerate([8, 5, 1]):
        peaks[b, :n] = np.cumsum(np.random.randint(180, 220, size=n))
        valid[b, :n] = True
    return PaddedHeartRate(), (Tensor(peaks), Tensor(valid))
