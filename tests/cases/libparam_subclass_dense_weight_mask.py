# case: Dense subclass drops rows of its own weight by a boolean mask computed from the weight in construct -> dynamic at the mask index
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class RowDropDense(nn.Dense):
    def construct(self, x):
        keep = ops.abs(self.weight).sum(axis=1) > 0.5
        w = self.weight[keep]
        return ops.matmul(x, w.T)


def make():
    np.random.seed(3)
    return RowDropDense(8, 6), (Tensor(np.random.randn(2, 8).astype(np.float32)),)
