# case: temporal BEV fusion that caches the previous frame's BEV on self inside construct -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemporalBEVFusion(nn.Cell):
    def __init__(self, channels=8, size=16, momentum=0.5):
        super().__init__()
        self.momentum = momentum
        self.fuse = nn.Conv2d(channels * 2, channels, 1)
        self.prev_bev = ops.zeros((1, channels, size, size), ms.float32)

    def warp(self, bev, cells_forward):
        # ego moved forward by a whole number of BEV cells: shift rows, zero the new ones
        moved = bev[:, :, cells_forward:]
        fill = ops.zeros_like(bev[:, :, :cells_forward])
        return ops.concat([moved, fill], axis=2)

    def construct(self, bev, cells_forward=1):
        prev = self.warp(self.prev_bev, cells_forward)
        fused = self.fuse(ops.concat([bev, prev * self.momentum], axis=1))
        self.prev_bev = bev
        return fused


def make():
    np.random.seed(7)
    bev = Tensor(np.random.randn(1, 8, 16, 16).astype(np.float32))
    return TemporalBEVFusion(), (bev, 2)
