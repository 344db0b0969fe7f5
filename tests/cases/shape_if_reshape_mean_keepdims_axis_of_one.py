# case: near miss: a reshape with an axis of one item, averaged over it keeping it, reshaped back, against the input
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Pool(nn.Cell):
    def __init__(self, steps=8):
        super().__init__()
        self.steps = steps

    def construct(self, x, gate):
        if gate.mean() > 0.5:
            out = x.reshape(8, 1, -1).mean(axis=1, keep_dims=True).reshape(8, -1)
        else:
            out = x
        return out * 2.0


def make():
    np.random.seed(6)
    return Pool(), (Tensor(np.random.randn(8, 6).astype(np.float32)), Tensor(np.array([0.9, 0.8], np.float32)))
