# case: dense neighbour mask by cutoff radius with ops.where and a cosine cutoff envelope; neighbour counts stay values -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CosineCutoff(nn.Cell):
    def __init__(self, cutoff=3.0):
        super().__init__()
        self.cutoff = cutoff

    def construct(self, d):
        env = 0.5 * (ops.cos(d * np.pi / self.cutoff) + 1.0)
        return ops.where(d < self.cutoff, env, ops.zeros_like(env))


class CutoffFilterConv(nn.Cell):
    def __init__(self, dim=8, cutoff=3.0):
        super().__init__()
        self.cutoff_fn = CosineCutoff(cutoff)
        self.filter = nn.Dense(1, dim)
        self.cutoff = cutoff

    def construct(self, pos, h):
        n = pos.shape[0]
        dist = ops.cdist(pos[None], pos[None]).squeeze(0)
        self_loop = ops.eye(n, n, ms.float32)
        neighbour = ops.logical_and(dist < self.cutoff, self_loop < 0.5)
        w = self.cutoff_fn(dist) * neighbour.astype(ms.float32)
        filt = self.filter(dist[..., None]) * w[..., None]
        msg = (filt * h[None, :, :]).sum(1)
        num_nbrs = neighbour.astype(ms.float32).sum(1, keepdims=True)
        return msg / ops.maximum(num_nbrs, 1.0)


def make():
    np.random.seed(21)
    pos = Tensor(np.random.rand(6, 3).astype(np.float32) * 4.0)
    h = Tensor(np.random.randn(6, 8).astype(np.float32))
    return CutoffFilterConv(), (pos, h)
