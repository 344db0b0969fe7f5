# case: tracker step with optional camera-motion warp and optional embeddings guarded by `is None` checks on default-None inputs -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MotionAppearanceStep(nn.Cell):
    def __init__(self, app_weight=0.5):
        super().__init__()
        self.app_weight = app_weight

    def apply_warp(self, centers, warp):
        if warp is None:
            return centers
        return ops.matmul(centers, warp[:, :2].T) + warp[:, 2]

    def construct(self, track_centers, det_centers, warp=None, track_emb=None, det_emb=None):
        track_centers = self.apply_warp(track_centers, warp)
        diff = track_centers[:, None, :] - det_centers[None, :, :]
        cost = ops.sqrt((diff * diff).sum(-1) + 1e-9)
        if track_emb is not None and det_emb is not None:
            app = 1.0 - ops.matmul(track_emb, det_emb.T)
            cost = (1 - self.app_weight) * cost + self.app_weight * app
        return cost


def make():
    np.random.seed(35)
    tc = Tensor(np.random.rand(3, 2).astype(np.float32))
    dc = Tensor(np.random.rand(4, 2).astype(np.float32))
    warp = Tensor(np.array([[1.0, 0.0, 0.5], [0.0, 1.0, -0.2]], np.float32))
    return MotionAppearanceStep(), (tc, dc, warp)
