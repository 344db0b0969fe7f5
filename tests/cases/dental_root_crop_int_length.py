# case: crop the root region of a tooth strip with int() of the predicted CEJ row as the slice length -> tensor-valued size, error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RootRegionCrop(nn.Cell):
    def __init__(self, height=40):
        super().__init__()
        self.cej_head = nn.Dense(height, 1)
        self.height = height

    def construct(self, strip):
        profile = strip.mean(axis=1)
        cej_rel = ops.sigmoid(self.cej_head(profile.expand_dims(0))).squeeze()
        cej_row = int(cej_rel * self.height)
        root = strip[cej_row:, :]
        return root.mean(), root


def make():
    np.random.seed(16)
    strip = np.random.rand(40, 12).astype(np.float32)
    return RootRegionCrop(), (Tensor(strip),)
