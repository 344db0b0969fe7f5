# case: average wind speed over gusty layers by multiplying with a 0/1 mask -> mask used arithmetically, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GustyLayerSummary(nn.Cell):
    def __init__(self, gust_limit_kt=12.0, eps=1e-6):
        super().__init__()
        self.gust_limit = gust_limit_kt
        self.eps = eps

    def construct(self, speed_kt, gust_kt):
        gusty = ((gust_kt - speed_kt) > self.gust_limit * 0.5).astype(ms.float32)
        n_gusty = gusty.sum()
        mean_gusty = (speed_kt * gusty).sum() / (n_gusty + self.eps)
        return mean_gusty, n_gusty


def make():
    np.random.seed(32)
    speed = Tensor((np.random.rand(16) * 15).astype(np.float32))
    gust = speed + Tensor((np.random.rand(16) * 12).astype(np.float32))
    return GustyLayerSummary(), (speed, gust)
