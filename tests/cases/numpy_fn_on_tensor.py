# case: np.exp called directly on an input tensor inside construct; expect dynamic at LAX (fallback), error at STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NpSoftmax(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, x):
        e = np.exp(x)
        return e / e.sum(axis=-1, keepdims=True)


def make():
    return NpSoftmax(), (Tensor(np.random.randn(2, 5).astype(np.float32)),)
