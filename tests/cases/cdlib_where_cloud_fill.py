# case: gap filling replaces cloud-covered pixels of the current change map with the previous map using three-argument ops.where -> elementwise select, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GapFillConfig:
    def __init__(self, cloud_thresh=0.4, decay=0.9):
        self.cloud_thresh = cloud_thresh
        self.decay = decay


class CloudGapFill(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cloud_thresh = config.cloud_thresh
        self.decay = getattr(config, "decay", 1.0)

    def construct(self, cur_prob, prev_prob, cloud_prob, valid=None):
        cloudy = cloud_prob > self.cloud_thresh
        if valid is not None:
            cloudy = ops.logical_or(cloudy, ops.logical_not(valid))
        filled = ops.where(cloudy, prev_prob * self.decay, cur_prob)
        return filled, cloudy.astype(ms.float32).mean()


def make():
    np.random.seed(33)
    cur = Tensor(np.random.rand(2, 1, 16, 16).astype(np.float32))
    prev = Tensor(np.random.rand(2, 1, 16, 16).astype(np.float32))
    cloud = Tensor(np.random.rand(2, 1, 16, 16).astype(np.float32))
    return CloudGapFill(GapFillConfig()), (cur, prev, cloud)
