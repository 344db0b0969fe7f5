# case: pick the 16 deepest groove excursions per revolution for the lacquer cutting report -> constant k topk, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RevolutionPeakReport(nn.Cell):
    def __init__(self, samples_per_rev=256, top_k=16):
        super().__init__()
        self.samples_per_rev = samples_per_rev
        self.top_k = top_k

    def construct(self, depth_profile):
        revs = depth_profile.shape[0] // self.samples_per_rev
        per_rev = depth_profile[: revs * self.samples_per_rev].reshape(revs, self.samples_per_rev)
        peaks, where = ops.topk(ops.abs(per_rev), self.top_k)
        worst_rev = peaks[:, 0]
        return peaks, where, worst_rev


def make():
    np.random.seed(3221)
    depth = (np.random.randn(1100) * 28.0).astype(np.float32)
    return RevolutionPeakReport(), (Tensor(depth),)
