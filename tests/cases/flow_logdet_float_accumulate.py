# case: stack of affine flows accumulating the log-determinant as a Python float via float(ld.sum()) for logging -> host conversion of a tensor fails in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ElementwiseAffine(nn.Cell):
    def __init__(self, dim, idx):
        super().__init__()
        self.log_a = Parameter(Tensor(0.1 * np.random.randn(dim).astype(np.float32)), name=f"log_a{idx}")
        self.b = Parameter(Tensor(np.zeros(dim, np.float32)), name=f"b{idx}")

    def construct(self, x):
        return x * ops.exp(self.log_a) + self.b, self.log_a.sum()


class FlowStack(nn.Cell):
    def __init__(self, dim, depth=3):
        super().__init__()
        self.layers = nn.CellList([ElementwiseAffine(dim, i) for i in range(depth)])

    def construct(self, x):
        total_logdet = 0.0
        for layer in self.layers:
            x, ld = layer(x)
            total_logdet += float(ld)
        return x, total_logdet


def make():
    np.random.seed(6)
    x = Tensor(np.random.randn(4, 5).astype(np.float32))
    return FlowStack(5), (x,)
