# case: lidar beam statistics using bincount over ring indices to normalise intensity per laser ring -> dynamic shape at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RingIntensityNorm(nn.Cell):
    def __init__(self, eps=1e-3, hidden=8):
        super().__init__()
        self.eps = eps
        self.embed = nn.Dense(4, hidden)

    def ring_mean(self, ring, intensity):
        totals = ops.bincount(ring, weights=intensity)
        counts = ops.bincount(ring).astype(ms.float32)
        return totals / (counts + self.eps)

    def construct(self, points, ring):
        intensity = points[:, 3]
        means = self.ring_mean(ring, intensity)
        norm_int = intensity / (ops.gather(means, ring, 0) + self.eps)
        feats = ops.concat([points[:, :3], norm_int.expand_dims(-1)], axis=-1)
        return self.embed(feats)


def make():
    np.random.seed(19)
    pts = np.random.randn(24, 4).astype(np.float32)
    pts[:, 3] = np.random.rand(24).astype(np.float32)
    ring = np.random.randint(0, 4, size=24).astype(np.int32)
    return RingIntensityNorm(), (Tensor(pts), Tensor(ring))
