# case: flow warp returns the warped frame plus an occlusion mask only when the flow is large, so branches return different structures -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OcclusionAwareWarp(nn.Cell):
    def __init__(self, occ_thresh=0.5, large_motion=1.0):
        super().__init__()
        self.occ_thresh = occ_thresh
        self.large_motion = large_motion

    def _grid(self, flow):
        _, _, h, w = flow.shape
        ys, xs = ops.meshgrid(ops.arange(h, dtype=ms.float32), ops.arange(w, dtype=ms.float32), indexing="ij")
        gx = 2.0 * (xs + flow[:, 0]) / max(w - 1, 1) - 1.0
        gy = 2.0 * (ys + flow[:, 1]) / max(h - 1, 1) - 1.0
        return ops.stack((gx, gy), axis=-1)

    def construct(self, frame, fwd_flow, bwd_flow):
        grid = self._grid(fwd_flow)
        warped = ops.grid_sample(frame, grid, align_corners=True)
        if ops.abs(fwd_flow).mean() > self.large_motion:
            back = ops.grid_sample(bwd_flow, grid, align_corners=True)
            diff = ((fwd_flow + back) ** 2).sum(axis=1, keepdims=True)
            occ = (diff > self.occ_thresh).astype(ms.float32)
            return warped * (1 - occ), occ
        return warped


def make():
    np.random.seed(19)
    frame = Tensor(np.random.randn(1, 3, 8, 8).astype(np.float32))
    fwd = Tensor((np.random.randn(1, 2, 8, 8) * 2).astype(np.float32))
    bwd = Tensor((np.random.randn(1, 2, 8, 8) * 2).astype(np.float32))
    return OcclusionAwareWarp(), (frame, fwd, bwd)
