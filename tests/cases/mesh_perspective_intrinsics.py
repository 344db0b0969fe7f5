# case: full perspective projection of body joints with per-image rotation, translation and 3x3 intrinsics via batched matmul -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerspectiveProjection(nn.Cell):
    def __init__(self, eps=1e-4):
        super().__init__()
        self.eps = eps

    def construct(self, points, rotation, translation, K):
        # points: (B, J, 3), rotation: (B, 3, 3), translation: (B, 3), K: (B, 3, 3)
        cam_pts = ops.bmm(points, rotation.transpose(0, 2, 1)) + translation.expand_dims(1)
        z = cam_pts[:, :, 2:3]
        z = ops.where(ops.abs(z) < self.eps, ops.full_like(z, self.eps), z)
        normed = cam_pts / z
        img = ops.bmm(normed, K.transpose(0, 2, 1))
        return img[:, :, :2]


def make():
    np.random.seed(0)
    pts = Tensor(np.random.randn(2, 24, 3).astype(np.float32) * 0.4)
    R = Tensor(np.tile(np.eye(3, dtype=np.float32), (2, 1, 1)))
    t = Tensor(np.array([[0, 0.2, 5.0], [0.1, 0, 4.0]], np.float32))
    K = np.tile(np.array([[500, 0, 128], [0, 500, 128], [0, 0, 1]], np.float32), (2, 1, 1))
    return PerspectiveProjection(), (pts, R, t, Tensor(K))
