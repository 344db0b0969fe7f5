# case: a tensor if: pairs of rows summed with keepdims (3-D), against the input reshaped to 3-D
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Pool(nn.Cell):
    def __init__(self, steps=8):
        super().__init__()
        self.steps = steps

    def construct(self, x, gate):
        if gate.mean() > 0.5:
            out = x.reshape(4, 2, -1).sum(axis=1, keepdims=True)
        else:
            out = x.reshape(4, 2, -1)
        return out * 2.0


def make():
    np.random.seed(6)
    return Pool(), (Tensor(np.random.randn(8, 6).astype(np.float32)), Tensor(np.array([0.9, 0.8], np.float32)))
