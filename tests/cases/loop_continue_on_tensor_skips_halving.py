# case: a loop over three stages skips a stage with `continue` when a tensor test says the features are saturated; otherwise the stage halves the points with a strided slice -> the paths that meet at the next pass leave different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Encoder(nn.Cell):
    def construct(self, x):
        for i in range(3):
            if x.abs().mean() < 0.05:
                continue
            x = x[:, ::2]
        return x * 2.0


def make():
    np.random.seed(3)
    return Encoder(), (Tensor(np.random.randn(2, 16, 4).astype(np.float32)),)
