# case: convert detected peak range bins to a Python list with tolist() and loop over them to gather a small neighbourhood -> error (tolist in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakNeighbourhood(nn.Cell):
    def __init__(self, n_peaks=2, half=1):
        super().__init__()
        self.n_peaks = n_peaks
        self.half = half

    def construct(self, profile):
        _, bins = ops.topk(profile, self.n_peaks)
        out = []
        for b in bins.tolist():
            lo = max(b - self.half, 0)
            hi = min(b + self.half + 1, profile.shape[0])
            out.append(profile[lo:hi].sum())
        return ops.stack(out)


def make():
    np.random.seed(29)
    prof = np.abs(np.random.randn(20)).astype(np.float32)
    prof[[4, 13]] = 9.0
    return PeakNeighbourhood(), (Tensor(prof),)
