# case: zeroes outlier flow vectors in place with boolean-mask item assignment (flow[mask] = 0) before smoothing -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OutlierFlowFilter(nn.Cell):
    def __init__(self, max_mag=3.0, smooth=True):
        super().__init__()
        self.max_mag = max_mag
        self.smooth = smooth
        self.blur = nn.AvgPool2d(3, 1, pad_mode='same')

    def construct(self, flow):
        mag = ops.sqrt((flow ** 2).sum(axis=1, keepdims=True))
        outlier = (mag > self.max_mag).broadcast_to(flow.shape)
        flow[outlier] = 0.0
        if self.smooth:
            flow = self.blur(flow)
        return flow


def make():
    np.random.seed(39)
    flow = Tensor((np.random.randn(1, 2, 6, 8) * 2.5).astype(np.float32))
    return OutlierFlowFilter(), (flow,)
