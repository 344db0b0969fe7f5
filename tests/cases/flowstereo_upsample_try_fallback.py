# case: flow upsampler tries bicubic interpolation and falls back to bilinear in an except clause -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlowUpsampler(nn.Cell):
    def __init__(self, factor=4, mode='bicubic'):
        super().__init__()
        self.factor = factor
        self.mode = mode

    def construct(self, flow):
        h, w = flow.shape[-2:]
        size = (h * self.factor, w * self.factor)
        try:
            up = ops.interpolate(flow, size=size, mode=self.mode, align_corners=True)
        except (ValueError, TypeError, RuntimeError):
            up = ops.interpolate(flow, size=size, mode='bilinear', align_corners=True)
        return up * self.factor


def make():
    np.random.seed(13)
    flow = Tensor(np.random.randn(1, 2, 4, 5).astype(np.float32))
    return FlowUpsampler(), (flow,)
