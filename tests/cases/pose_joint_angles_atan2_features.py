# case: joint-angle and limb-orientation features via atan2 over a constant triplet table, looped in construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

H36M_TRIPLETS = ((1, 2, 3), (4, 5, 6), (11, 12, 13), (14, 15, 16), (0, 7, 8))


class JointAngleEncoder(nn.Cell):
    def __init__(self, triplets=H36M_TRIPLETS, use_sincos=True):
        super().__init__()
        self.triplets = triplets
        self.use_sincos = use_sincos

    @staticmethod
    def _signed_angle(u, v):
        cross = u[..., 0] * v[..., 1] - u[..., 1] * v[..., 0]
        dot = (u * v).sum(-1)
        return ops.atan2(cross, dot)

    def construct(self, kpts):
        feats = []
        for a, b, c in self.triplets:
            ang = self._signed_angle(kpts[:, a] - kpts[:, b], kpts[:, c] - kpts[:, b])
            feats.append(ang)
        ang = ops.stack(feats, axis=-1)
        if self.use_sincos:
            return ops.concat([ops.sin(ang), ops.cos(ang)], axis=-1)
        return ang


def make():
    np.random.seed(19)
    k = np.random.randn(4, 17, 2).astype(np.float32)
    return JointAngleEncoder(), (Tensor(k),)
