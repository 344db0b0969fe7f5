# case: drop occluded mocap markers by boolean-mask indexing before computing the puppet root offset -> boolean indexing gives data-dependent shape, dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RootOffsetEstimator(nn.Cell):
    def __init__(self, occl_value=-999.0, scale=0.4):
        super().__init__()
        self.occl_value = occl_value
        self.scale = scale

    def construct(self, markers):
        visible = markers[:, 0] > self.occl_value + 1.0
        seen = markers[visible]
        centroid = seen.mean(axis=0)
        return centroid * self.scale


def make():
    np.random.seed(37)
    markers = np.random.randn(20, 3).astype(np.float32)
    markers[np.random.rand(20) < 0.3] = -999.0
    return RootOffsetEstimator(), (Tensor(markers),)
