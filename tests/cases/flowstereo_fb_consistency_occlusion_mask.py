# case: forward-backward consistency occlusion mask (UnFlow criterion) applied to the flow with ops.select -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def warp_flow(flow, by):
    b, _, h, w = flow.shape
    xs = ops.arange(w, dtype=ms.float32).reshape(1, 1, w)
    ys = ops.arange(h, dtype=ms.float32).reshape(1, h, 1)
    gx = 2.0 * (xs + by[:, 0]) / (w - 1) - 1.0
    gy = 2.0 * (ys + by[:, 1]) / (h - 1) - 1.0
    grid = ops.stack([gx, gy], axis=-1)
    return ops.grid_sample(flow, grid, mode='bilinear', padding_mode='border', align_corners=True)


class OcclusionAwareFlow(nn.Cell):
    def __init__(self, alpha1=0.01, alpha2=0.5, fill_occluded=True):
        super().__init__()
        self.alpha1 = alpha1
        self.alpha2 = alpha2
        self.fill_occluded = fill_occluded

    def construct(self, flow_fw, flow_bw):
        bw_warped = warp_flow(flow_bw, flow_fw)
        diff = ((flow_fw + bw_warped) ** 2).sum(axis=1, keepdims=True)
        mag = (flow_fw ** 2).sum(axis=1, keepdims=True) + (bw_warped ** 2).sum(axis=1, keepdims=True)
        occ = diff > self.alpha1 * mag + self.alpha2
        if self.fill_occluded:
            occ2 = ops.tile(occ, (1, 2, 1, 1))
            flow_fw = ops.select(occ2, ops.zeros_like(flow_fw), flow_fw)
        return flow_fw, occ.astype(ms.float32)


def make():
    np.random.seed(25)
    fw = Tensor(np.random.randn(1, 2, 6, 8).astype(np.float32))
    bw = Tensor(np.random.randn(1, 2, 6, 8).astype(np.float32))
    return OcclusionAwareFlow(), (fw, bw)
