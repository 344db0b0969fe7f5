# case: POI cluster extent uses a plain Python helper class only for constants and returns min/max/center as a tuple of tensors -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExtentConfig:
    pad = 0.01
    min_span = 0.002


class ClusterExtent(nn.Cell):
    def __init__(self, cfg=ExtentConfig()):
        super().__init__()
        self.pad = cfg.pad
        self.min_span = cfg.min_span

    def construct(self, cluster_xy):
        lo = ops.amin(cluster_xy, 0) - self.pad
        hi = ops.amax(cluster_xy, 0) + self.pad
        span = ops.maximum(hi - lo, self.min_span)
        center = (lo + hi) / 2
        return lo, lo + span, center


def make():
    np.random.seed(16)
    xy = np.random.normal([121.4, 31.2], 0.05, size=(12, 2)).astype(np.float32)
    return ClusterExtent(), (Tensor(xy),)
