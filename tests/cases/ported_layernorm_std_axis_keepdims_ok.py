# case: near miss: the same LayerNorm with the NumPy-style spelling x.std(axis=-1, keepdims=True)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class NumpyStyleLayerNorm(nn.Cell):
    def __init__(self, dim=8, eps=1e-6):
        super().__init__()
        self.a = Parameter(Tensor(np.ones(dim, np.float32)), name="a")
        self.b = Parameter(Tensor(np.zeros(dim, np.float32)), name="b")
        self.eps = eps

    def construct(self, x):
        mean = x.mean(dim=-1, keepdim=True)
        std = x.std(axis=-1, keepdims=True)
        return self.a * (x - mean) / (std + self.eps) + self.b


def make():
    np.random.seed(0)
    return NumpyStyleLayerNorm(), (Tensor(np.random.randn(2, 8).astype(np.float32)),)
