# case: extracts fixed-size segment features by linear interpolation at a constant number of sample points per proposal -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemporalRoIAlign(nn.Cell):
    def __init__(self, num_points=4):
        super().__init__()
        self.num_points = num_points
        self.ratios = Tensor(np.linspace(0.0, 1.0, num_points).astype(np.float32))

    def construct(self, feats, proposals):
        # feats: (T, C); proposals: (N, 2) in frame units
        t = feats.shape[0]
        pos = proposals[:, :1] + (proposals[:, 1:] - proposals[:, :1]) * self.ratios  # (N, P)
        pos = ops.clamp(pos, 0.0, float(t - 1))
        lo = ops.floor(pos).astype(ms.int32)
        hi = ops.clamp(lo + 1, max=t - 1)
        w = (pos - lo.astype(ms.float32)).expand_dims(-1)
        f_lo = ops.gather(feats, lo.reshape(-1), 0).reshape(lo.shape[0], self.num_points, -1)
        f_hi = ops.gather(feats, hi.reshape(-1), 0).reshape(hi.shape[0], self.num_points, -1)
        return (f_lo * (1 - w) + f_hi * w).mean(axis=1)


def make():
    np.random.seed(48)
    feats = Tensor(np.random.randn(20, 6).astype(np.float32))
    s = np.random.rand(5).astype(np.float32) * 12
    proposals = Tensor(np.stack([s, s + 5], axis=1))
    return TemporalRoIAlign(), (feats, proposals)
