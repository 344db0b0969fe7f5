# case: coarse-to-fine garment flow refinement through an nn.CellList of stages, iterated with a while loop on a Python int counter -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlowStage(nn.Cell):
    def __init__(self, ch):
        super().__init__()
        self.conv = nn.Conv2d(ch + 2, 2, 3, pad_mode="same")

    def construct(self, feat, flow):
        return flow + 0.1 * ops.tanh(self.conv(ops.concat([feat, flow], axis=1)))


class CascadedFlow(nn.Cell):
    def __init__(self, ch=4, num_stages=3):
        super().__init__()
        self.stages = nn.CellList([FlowStage(ch) for _ in range(num_stages)])
        self.num_stages = num_stages

    def construct(self, feat):
        n, _, h, w = feat.shape
        flow = ops.zeros((n, 2, h, w), ms.float32)
        i = 0
        while i < self.num_stages:
            flow = self.stages[i](feat, flow)
            i += 1
        return flow


def make():
    np.random.seed(47)
    feat = Tensor(np.random.rand(1, 4, 8, 8).astype(np.float32))
    return CascadedFlow(), (feat,)
