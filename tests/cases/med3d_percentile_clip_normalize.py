# case: CT intensity clipping at the 0.5/99.5 percentiles found by sorting and indexing at positions computed from the element count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PercentileClipNormalize(nn.Cell):
    def __init__(self, lower=0.5, upper=99.5, eps=1e-6):
        super().__init__()
        self.lower = lower
        self.upper = upper
        self.eps = eps

    def _percentile(self, sorted_vals, q):
        n = sorted_vals.shape[0]
        idx = min(n - 1, max(0, int(round(q / 100.0 * (n - 1)))))
        return sorted_vals[idx]

    def construct(self, volume):
        flat, _ = ops.sort(volume.reshape(-1))
        lo = self._percentile(flat, self.lower)
        hi = self._percentile(flat, self.upper)
        clipped = ops.clamp(volume, lo, hi)
        return (clipped - lo) / (hi - lo + self.eps)


def make():
    np.random.seed(0)
    vol = (np.random.randn(1, 1, 6, 8, 8) * 400 - 200).astype(np.float32)
    return PercentileClipNormalize(), (Tensor(vol),)
