# case: project image-plane lane points to bird's-eye view with a fixed 3x3 homography and mask points behind the horizon by multiplication -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IPMProjector(nn.Cell):
    def __init__(self, horizon_y=120.0):
        super().__init__()
        h = np.array([[1.0, -0.6, 60.0], [0.0, 0.4, -30.0], [0.0, -0.003, 1.2]], np.float32)
        self.h = Tensor(h)
        self.horizon_y = horizon_y

    def to_homogeneous(self, pts):
        ones = ops.ones((pts.shape[0], pts.shape[1], 1), pts.dtype)
        return ops.concat((pts, ones), axis=-1)

    def construct(self, lane_pts):
        # lane_pts: (num_lanes, num_points, 2) as (x, y)
        hom = self.to_homogeneous(lane_pts)
        proj = ops.matmul(hom, self.h.T)
        w = proj[..., 2:3]
        safe_w = ops.where(ops.abs(w) < 1e-6, ops.ones_like(w), w)
        bev = proj[..., :2] / safe_w
        valid = (lane_pts[..., 1:2] > self.horizon_y).astype(ms.float32)
        return bev * valid, valid.squeeze(-1)


def make():
    np.random.seed(22)
    ys = np.linspace(100, 280, 10)
    pts = np.stack([np.stack([np.full_like(ys, 200 + 150 * k) + np.random.randn(10), ys], -1) for k in range(3)])
    return IPMProjector(), (Tensor(pts.astype(np.float32)),)
