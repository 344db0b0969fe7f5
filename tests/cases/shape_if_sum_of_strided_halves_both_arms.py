# case: near miss: both paths of the tensor test halve the sequence (even plus odd steps, or even minus odd) -> same shapes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Halve(nn.Cell):
    def __init__(self, threshold=0.5):
        super().__init__()
        self.threshold = threshold

    def construct(self, x, mask):
        ratio = mask.astype(ms.float32).mean()
        if ratio < self.threshold:
            x = (x[:, 0::2] + x[:, 1::2]) * 0.5
        else:
            x = x[:, 0::2] - x[:, 1::2]
        return x * 2.0


def make():
    np.random.seed(1)
    return Halve(), (Tensor(np.random.randn(2, 8, 3).astype(np.float32)),
                     Tensor(np.random.rand(2, 8) > 0.7))
