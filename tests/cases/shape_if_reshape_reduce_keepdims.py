# case: on a tensor test, pairs averaged with keepdims against the input -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Pool(nn.Cell):
    def __init__(self, steps=8):
        super().__init__()
        self.steps = steps

    def construct(self, x, gate):
        if gate.mean() > 0.5:
            out = x.reshape(self.steps // 2, 2, -1).mean(axis=1, keep_dims=True).reshape(self.steps // 2, -1)
        else:
            out = x
        return out * 2.0


def make():
    np.random.seed(5)
    x = Tensor(np.random.randn(8, 6).astype(np.float32))
    gate = Tensor(np.array([0.9, 0.8, 0.1], dtype=np.float32))
    return Pool(), (x, gate)
