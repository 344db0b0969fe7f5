# case: magnitude pruning mask computed as float mask and multiplied into the weight -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MaskedDense(nn.Cell):
    def __init__(self, in_dim=10, out_dim=6, sparsity_threshold=0.1):
        super().__init__()
        w = np.random.randn(out_dim, in_dim).astype(np.float32) * 0.2
        self.weight = Parameter(Tensor(w), name="weight")
        self.bias = Parameter(Tensor(np.zeros(out_dim, np.float32)), name="bias")
        self.threshold = sparsity_threshold

    def prune_mask(self):
        return (ops.abs(self.weight) > self.threshold).astype(ms.float32)

    def construct(self, x):
        mask = self.prune_mask()
        w = self.weight * mask
        sparsity = 1.0 - ops.reduce_mean(mask)
        return ops.matmul(x, w.T) + self.bias, sparsity


def make():
    np.random.seed(3)
    x = Tensor(np.random.randn(5, 10).astype(np.float32))
    return MaskedDense(), (x,)
