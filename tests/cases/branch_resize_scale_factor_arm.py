# case: an upsampling by a constant scale_factor on one arm of a tensor if, the input kept on the other
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaybeUpsample(nn.Cell):
    def __init__(self, factor=2.0):
        super().__init__()
        self.factor = factor

    def construct(self, x):
        if x.mean() > 0:
            x = ops.interpolate(x, scale_factor=self.factor, mode="nearest", recompute_scale_factor=True)
        return x * 2


def make():
    np.random.seed(1)
    return MaybeUpsample(), (Tensor(np.random.rand(1, 3, 4, 4).astype(np.float32)),)
