# case: garment warp that falls back to the unwarped cloth in a try/except around the flow application -> try/except inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafeFlowWarp(nn.Cell):
    def __init__(self, max_disp=0.2):
        super().__init__()
        self.max_disp = max_disp

    def construct(self, cloth, flow, base_grid):
        try:
            grid = base_grid + ops.clamp(flow, -self.max_disp, self.max_disp)
            warped = ops.grid_sample(cloth, grid, align_corners=True)
        except ValueError:
            warped = cloth
        return warped


def make():
    np.random.seed(13)
    cloth = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    flow = Tensor((np.random.randn(1, 8, 8, 2) * 0.1).astype(np.float32))
    ys, xs = np.meshgrid(np.linspace(-1, 1, 8), np.linspace(-1, 1, 8), indexing="ij")
    base = Tensor(np.stack([xs, ys], -1)[None].astype(np.float32))
    return SafeFlowWarp(), (cloth, flow, base)
