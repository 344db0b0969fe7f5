# case: linear blend skinning of puppet vertices with dense weights and batched bone rotations -> dense batched matmul, static shapes, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def rot_z(theta):
    c, s = ops.cos(theta), ops.sin(theta)
    z, o = ops.zeros_like(theta), ops.ones_like(theta)
    return ops.stack([ops.stack([c, -s, z], -1), ops.stack([s, c, z], -1), ops.stack([z, z, o], -1)], -2)


class DenseSkinning(nn.Cell):
    def __init__(self, n_verts=6, n_bones=4):
        super().__init__()
        w = np.random.rand(n_verts, n_bones).astype(np.float32)
        self.weights = Tensor(w / w.sum(axis=1, keepdims=True))

    def construct(self, verts, bone_angles):
        rots = rot_z(bone_angles)                      # (B, 3, 3)
        v = ops.broadcast_to(verts.expand_dims(0), (rots.shape[0],) + verts.shape)
        per_bone = ops.bmm(v, rots.transpose(0, 2, 1))  # (B, V, 3)
        blended = (per_bone * self.weights.T.expand_dims(-1)).sum(axis=0)
        return blended


def make():
    np.random.seed(28)
    verts = np.random.randn(6, 3).astype(np.float32)
    angles = np.random.uniform(-0.5, 0.5, size=(4,)).astype(np.float32)
    return DenseSkinning(), (Tensor(verts), Tensor(angles))
