# case: compute camera focal length from the field-of-view tensor via .asnumpy() and numpy tan inside construct -> error in graph mode (host round trip)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FovProjector(nn.Cell):
    def __init__(self, img_size=224):
        super().__init__()
        self.img_size = img_size

    def construct(self, points, fov_deg):
        # points: (N, 3) in camera space, fov_deg: scalar tensor
        fov = fov_deg.asnumpy()
        focal = 0.5 * self.img_size / np.tan(np.deg2rad(fov) / 2.0)
        z = points[:, 2:3]
        uv = focal * points[:, :2] / z + self.img_size / 2.0
        return uv


def make():
    np.random.seed(0)
    pts = np.random.randn(10, 3).astype(np.float32)
    pts[:, 2] = np.abs(pts[:, 2]) + 3.0
    return FovProjector(), (Tensor(pts), Tensor(60.0, ms.float32))
