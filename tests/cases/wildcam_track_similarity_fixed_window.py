# case: score consecutive re-id track fragments over a fixed window and average the ones above threshold with a mask -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackMerger(nn.Cell):
    def __init__(self, sim_thr=0.2):
        super().__init__()
        self.sim_thr = sim_thr

    def normalize(self, x):
        return x / (ops.norm(x, dim=-1, keepdim=True) + 1e-6)

    def construct(self, frags):
        unit = self.normalize(frags)
        sims = (unit[:-1] * unit[1:]).sum(axis=-1)
        link = (sims > self.sim_thr).astype(ms.float32)
        chain = ops.cumprod(link, dim=0)
        weights = ops.concat((ops.ones((1,), ms.float32), chain), axis=0)
        merged = (frags * weights.expand_dims(1)).sum(axis=0) / weights.sum()
        return merged, weights


def make():
    np.random.seed(8)
    base = np.random.randn(1, 12).astype(np.float32)
    frags = Tensor((base + 0.3 * np.random.randn(6, 12)).astype(np.float32))
    return TrackMerger(), (frags,)
