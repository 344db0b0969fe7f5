# case: in a loop, each pass may upsample by 2 from lengths read before the loop (the input's size may already have changed)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Progressive(nn.Cell):
    def construct(self, x):
        h, w = x.shape[-2:]
        for _ in range(2):
            if x.mean() > 0:
                x = ops.interpolate(x, size=(h * 2, w * 2), mode="nearest")
        return x


def make():
    np.random.seed(8)
    return Progressive(), (Tensor(np.random.rand(1, 1, 4, 4).astype(np.float32)),)
