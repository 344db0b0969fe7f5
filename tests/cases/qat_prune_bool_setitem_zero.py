# case: unstructured pruning zeroes small weights in a copy with boolean-mask item assignment w[mask] = 0 -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MagnitudePrunedLinear(nn.Cell):
    def __init__(self, in_features=8, out_features=4, amount=0.1):
        super().__init__()
        self.weight = Parameter(Tensor(np.random.randn(out_features, in_features).astype(np.float32) * 0.2),
                                name="weight")
        self.bias = Parameter(Tensor(np.zeros(out_features, np.float32)), name="bias")
        self.amount = amount

    def pruned_weight(self):
        w = self.weight * 1.0
        small = ops.abs(w) < self.amount
        w[small] = 0.0
        return w

    def construct(self, x):
        w = self.pruned_weight()
        return ops.matmul(x, w.T) + self.bias


def make():
    np.random.seed(22)
    net = MagnitudePrunedLinear()
    x = Tensor(np.random.randn(3, 8).astype(np.float32))
    return net, (x,)
