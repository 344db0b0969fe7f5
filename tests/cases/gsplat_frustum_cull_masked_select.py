# case: culls gaussian centers outside the view frustum with masked_select before projecting -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrustumCuller(nn.Cell):
    def __init__(self, near=0.2, far=50.0, fov_tan=0.8):
        super().__init__()
        self.near = near
        self.far = far
        self.fov_tan = fov_tan

    def in_frustum(self, cam_pts):
        z = cam_pts[:, 2]
        x_ok = ops.abs(cam_pts[:, 0]) < z * self.fov_tan
        y_ok = ops.abs(cam_pts[:, 1]) < z * self.fov_tan
        z_ok = ops.logical_and(z > self.near, z < self.far)
        return ops.logical_and(ops.logical_and(x_ok, y_ok), z_ok)

    def construct(self, means, viewmat):
        homo = ops.concat([means, ops.ones((means.shape[0], 1), means.dtype)], axis=1)
        cam = ops.matmul(homo, viewmat.T)[:, :3]
        keep = self.in_frustum(cam)
        depth = ops.masked_select(cam[:, 2], keep)
        return 1.0 / depth


def make():
    np.random.seed(0)
    means = Tensor(np.random.uniform(-3, 3, (24, 3)).astype(np.float32))
    view = np.eye(4, dtype=np.float32)
    view[2, 3] = 4.0
    return FrustumCuller(), (means, Tensor(view))
