# case: batched Rodrigues conversion of SMPL axis-angle pose to rotation matrices using only tensor ops -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BatchRodrigues(nn.Cell):
    def __init__(self, eps=1e-8):
        super().__init__()
        self.eps = eps
        self.eye = Tensor(np.eye(3, dtype=np.float32))

    def skew(self, k):
        z = ops.zeros_like(k[:, 0])
        rows = (z, -k[:, 2], k[:, 1], k[:, 2], z, -k[:, 0], -k[:, 1], k[:, 0], z)
        return ops.stack(rows, axis=1).reshape(-1, 3, 3)

    def construct(self, axis_angle):
        # axis_angle: (N, 3) -> (N, 3, 3)
        angle = ops.sqrt((axis_angle ** 2).sum(axis=1, keepdims=True) + self.eps)
        k = axis_angle / angle
        K = self.skew(k)
        s = ops.sin(angle).reshape(-1, 1, 1)
        c = ops.cos(angle).reshape(-1, 1, 1)
        return self.eye + s * K + (1 - c) * ops.bmm(K, K)


def make():
    np.random.seed(0)
    pose = Tensor(np.random.randn(24, 3).astype(np.float32) * 0.5)
    return BatchRodrigues(), (pose,)
