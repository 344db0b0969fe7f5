# case: mean inter-event latency of ON events computed on masked_select of timestamps -> dynamic shape at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PolarityTimingFeatures(nn.Cell):
    def __init__(self, eps=1e-6, use_off=True):
        super().__init__()
        self.eps = eps
        self.use_off = use_off

    def _mean_gap(self, ts, mask):
        sel = ops.masked_select(ts, mask)
        gaps = sel[1:] - sel[:-1]
        return gaps.sum() / (gaps.shape[0] + self.eps)

    def construct(self, ts, pol):
        on_gap = self._mean_gap(ts, pol > 0)
        if self.use_off:
            off_gap = self._mean_gap(ts, pol < 0)
            return ops.stack([on_gap, off_gap])
        return on_gap.reshape(1)


def make():
    rng = np.random.default_rng(19)
    ts = Tensor(np.sort(rng.random(24)).astype(np.float32))
    pol = Tensor(rng.choice([-1, 1], 24).astype(np.int32))
    return PolarityTimingFeatures(), (ts, pol)
