# case: projects 3D gaussian covariances to 2D screen-space covariances with the EWA Jacobian and computes pixel radii from eigenvalues -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EWAProject(nn.Cell):
    def __init__(self, fx=50.0, fy=50.0, blur=0.3):
        super().__init__()
        self.fx = fx
        self.fy = fy
        self.blur = blur

    def jacobian(self, t):
        tz = ops.clamp(t[:, 2], min=1e-3)
        zeros = ops.zeros_like(tz)
        row0 = ops.stack([self.fx / tz, zeros, -self.fx * t[:, 0] / (tz * tz)], axis=-1)
        row1 = ops.stack([zeros, self.fy / tz, -self.fy * t[:, 1] / (tz * tz)], axis=-1)
        return ops.stack([row0, row1], axis=1)

    def construct(self, cam_means, cov3d):
        j = self.jacobian(cam_means)
        cov2d = ops.bmm(ops.bmm(j, cov3d), j.transpose(0, 2, 1))
        a = cov2d[:, 0, 0] + self.blur
        b = cov2d[:, 0, 1]
        c = cov2d[:, 1, 1] + self.blur
        mid = 0.5 * (a + c)
        lam = mid + ops.sqrt(ops.clamp(mid * mid - (a * c - b * b), min=0.1))
        radii = ops.ceil(3.0 * ops.sqrt(lam))
        return ops.stack([a, b, c], axis=-1), radii


def make():
    np.random.seed(40)
    cam = np.random.uniform(-1, 1, (11, 3)).astype(np.float32)
    cam[:, 2] += 4.0
    l = np.random.randn(11, 3, 3).astype(np.float32) * 0.1
    cov = np.matmul(l, l.transpose(0, 2, 1)) + np.eye(3, dtype=np.float32) * 0.01
    return EWAProject(), (Tensor(cam), Tensor(cov))
