# case: standard linear blend skinning with fixed skinning weights and per-joint 4x4 transforms -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LinearBlendSkinning(nn.Cell):
    def __init__(self, num_verts=30, num_joints=6):
        super().__init__()
        np.random.seed(3)
        w = np.random.rand(num_verts, num_joints).astype(np.float32)
        w = w / w.sum(axis=1, keepdims=True)
        self.weights = ms.Parameter(Tensor(w), requires_grad=False)
        self.num_joints = num_joints

    def construct(self, verts, transforms):
        # verts: (B, V, 3), transforms: (B, J, 4, 4)
        b, v, _ = verts.shape
        t_flat = transforms.reshape(b, self.num_joints, 16)
        per_vert = ops.matmul(self.weights, t_flat).reshape(b, v, 4, 4)
        ones = ops.ones((b, v, 1), verts.dtype)
        homo = ops.concat((verts, ones), axis=2).reshape(b, v, 4, 1)
        skinned = ops.matmul(per_vert, homo).reshape(b, v, 4)
        return skinned[:, :, :3]


def make():
    np.random.seed(0)
    verts = Tensor(np.random.randn(2, 30, 3).astype(np.float32))
    T = np.tile(np.eye(4, dtype=np.float32), (2, 6, 1, 1))
    T[:, :, :3, 3] = np.random.randn(2, 6, 3) * 0.1
    return LinearBlendSkinning(), (verts, Tensor(T))
