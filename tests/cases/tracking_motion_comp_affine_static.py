# case: camera motion compensation applies a 2x3 affine warp to box centers and scales sizes by the affine determinant -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AffineCMC(nn.Cell):
    def __init__(self, warp_velocity=True):
        super().__init__()
        self.warp_velocity = warp_velocity

    @staticmethod
    def split(warp):
        return warp[:, :2], warp[:, 2]

    def construct(self, mean, warp):
        # mean: (T, 8) [cx, cy, w, h, vx, vy, vw, vh], warp: (2, 3)
        R, t = self.split(warp)
        center = ops.matmul(mean[:, :2], R.T) + t
        scale = ops.sqrt(ops.abs(R[0, 0] * R[1, 1] - R[0, 1] * R[1, 0]))
        size = mean[:, 2:4] * scale
        vel = mean[:, 4:6]
        if self.warp_velocity:
            vel = ops.matmul(vel, R.T)
        return ops.concat([center, size, vel, mean[:, 6:8] * scale], 1)


def make():
    np.random.seed(16)
    mean = Tensor(np.random.rand(6, 8).astype(np.float32))
    warp = Tensor(np.array([[1.01, 0.02, 3.0], [-0.02, 0.99, -1.0]], np.float32))
    return AffineCMC(), (mean, warp)
