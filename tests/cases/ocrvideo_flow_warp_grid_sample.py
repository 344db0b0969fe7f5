# case: optical-flow backward warping builds a normalised sampling grid from .shape and calls grid_sample -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlowWarp(nn.Cell):
    def __init__(self, padding_mode="border", align_corners=True):
        super().__init__()
        self.padding_mode = padding_mode
        self.align_corners = align_corners

    def _base_grid(self, h, w):
        ys = ops.linspace(Tensor(-1.0, ms.float32), Tensor(1.0, ms.float32), h)
        xs = ops.linspace(Tensor(-1.0, ms.float32), Tensor(1.0, ms.float32), w)
        gy, gx = ops.meshgrid(ys, xs, indexing="ij")
        return ops.stack((gx, gy), axis=-1).expand_dims(0)  # (1, H, W, 2)

    def construct(self, frame, flow):
        b, _, h, w = frame.shape
        scale = Tensor([2.0 / max(w - 1, 1), 2.0 / max(h - 1, 1)], ms.float32)
        flow_norm = flow.transpose(0, 2, 3, 1) * scale
        grid = self._base_grid(h, w) + flow_norm
        return ops.grid_sample(frame, grid, mode="bilinear", padding_mode=self.padding_mode,
                               align_corners=self.align_corners)


class FlowGuidedFusion(nn.Cell):
    def __init__(self, channels=8):
        super().__init__()
        self.warp = FlowWarp()
        self.fuse = nn.Conv2d(channels * 2, channels, 1)

    def construct(self, cur, prev, flow):
        aligned = self.warp(prev, flow)
        return self.fuse(ops.concat((cur, aligned), axis=1))


def make():
    np.random.seed(17)
    cur = Tensor(np.random.randn(2, 8, 12, 16).astype(np.float32))
    prev = Tensor(np.random.randn(2, 8, 12, 16).astype(np.float32))
    flow = Tensor(np.random.randn(2, 2, 12, 16).astype(np.float32))
    return FlowGuidedFusion(), (cur, prev, flow)
