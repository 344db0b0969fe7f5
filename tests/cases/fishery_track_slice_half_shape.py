# case: compare the first and second half of a vessel track's heading changes, halves taken from x.shape[0] -> shape-derived slice, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def heading_change(cog_deg):
    d = cog_deg[1:] - cog_deg[:-1]
    d = ops.where(d > 180.0, d - 360.0, d)
    d = ops.where(d < -180.0, d + 360.0, d)
    return ops.abs(d)


class LoiterDetector(nn.Cell):
    def __init__(self, turn_ratio=2.5):
        super().__init__()
        self.turn_ratio = turn_ratio

    def construct(self, cog_deg, sog_kn):
        half = cog_deg.shape[0] // 2
        early = heading_change(cog_deg[:half]).mean()
        late = heading_change(cog_deg[half:]).mean()
        slow = (sog_kn[half:] < 3.0).astype(ms.float32).mean()
        score = late / (early + 1e-3)
        return score, (score > self.turn_ratio) & (slow > 0.5)


def make():
    np.random.seed(21)
    cog = np.concatenate([np.full(30, 90.0) + np.random.randn(30),
                          np.random.uniform(0, 360, 30)]).astype(np.float32)
    sog = np.concatenate([np.full(30, 10.0), np.full(30, 2.0)]).astype(np.float32)
    return LoiterDetector(), (Tensor(cog), Tensor(sog))
