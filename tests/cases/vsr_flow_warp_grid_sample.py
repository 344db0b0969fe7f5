# case: backward optical-flow warping with a base grid built from the feature shape and grid_sample -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlowWarp(nn.Cell):
    def __init__(self, align_corners=True):
        super().__init__()
        self.align_corners = align_corners

    def base_grid(self, h, w):
        ys = ops.linspace(-1.0, 1.0, h)
        xs = ops.linspace(-1.0, 1.0, w)
        gy, gx = ops.meshgrid(ys, xs, indexing="ij")
        return ops.stack((gx, gy), axis=-1)

    def construct(self, feat, flow):
        b, c, h, w = feat.shape
        grid = self.base_grid(h, w).expand_dims(0)
        # flow is in pixels, convert to normalized coordinates
        fx = flow[:, 0] * (2.0 / max(w - 1, 1))
        fy = flow[:, 1] * (2.0 / max(h - 1, 1))
        norm_flow = ops.stack((fx, fy), axis=-1)
        return ops.grid_sample(feat, grid + norm_flow, mode="bilinear",
                               padding_mode="border", align_corners=self.align_corners)


def make():
    np.random.seed(1)
    feat = Tensor(np.random.rand(2, 4, 10, 12).astype(np.float32))
    flow = Tensor((np.random.rand(2, 2, 10, 12) * 2 - 1).astype(np.float32))
    return FlowWarp(), (feat, flow)
