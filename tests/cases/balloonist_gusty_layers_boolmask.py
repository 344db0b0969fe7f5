# case: average wind speed over layers flagged as gusty, using a boolean mask index -> boolean-mask indexing, expected dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GustyLayerSummary(nn.Cell):
    def __init__(self, gust_limit_kt=12.0):
        super().__init__()
        self.gust_limit = gust_limit_kt

    def construct(self, speed_kt, gust_kt):
        gusty = (gust_kt - speed_kt) > self.gust_limit * 0.5
        gusty_speeds = speed_kt[gusty]
        return gusty_speeds.mean(), gusty.astype(ms.int32).sum()


def make():
    np.random.seed(31)
    speed = Tensor((np.random.rand(16) * 15).astype(np.float32))
    gust = speed + Tensor((np.random.rand(16) * 12).astype(np.float32))
    return GustyLayerSummary(), (speed, gust)
