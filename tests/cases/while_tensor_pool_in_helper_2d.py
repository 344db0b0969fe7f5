# case: a feature pyramid halves the map with a stride-2 max pooling in a helper while its mean is still above a threshold -> fails at the pooling
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Shrinker(nn.Cell):
    def __init__(self, threshold=0.1):
        super().__init__()
        self.pool = nn.MaxPool2d(kernel_size=2, stride=2)
        self.threshold = threshold

    def _down(self, fmap, level):
        fmap = self.pool(fmap) * 0.9
        return fmap, level + 1

    def construct(self, fmap):
        level = 0
        while fmap.mean() > self.threshold:
            fmap, level = self._down(fmap, level)
        return fmap.sum(), level


def make():
    np.random.seed(8)
    return Shrinker(), (Tensor(np.random.rand(1, 2, 16, 16).astype(np.float32) + 1.0),)
