# case: force head that clips per-atom force norms with ops.select on a tensor condition instead of an if, plus a training flag branch -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClippedForceHead(nn.Cell):
    def __init__(self, dim=8, max_force=2.0, noise_std=0.0):
        super().__init__()
        self.vec = nn.Dense(dim, 1, has_bias=False)
        self.max_force = max_force
        self.noise_std = noise_std

    def clip_norm(self, f):
        norm = ops.norm(f, dim=-1, keepdim=True)
        scale = self.max_force / (norm + 1e-8)
        too_big = ops.broadcast_to(norm > self.max_force, f.shape)
        return ops.select(too_big, f * scale, f)

    def construct(self, h, pos):
        rel = pos[:, None, :] - pos[None, :, :]
        w = self.vec(h)[None, :, :]
        f = (rel * w).sum(1)
        if self.training and self.noise_std > 0:
            f = f + ops.randn_like(f) * self.noise_std
        return self.clip_norm(f)


def make():
    np.random.seed(35)
    h = Tensor(np.random.randn(6, 8).astype(np.float32))
    pos = Tensor(np.random.randn(6, 3).astype(np.float32) * 2.0)
    return ClippedForceHead(), (h, pos)
