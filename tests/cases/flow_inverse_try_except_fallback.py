# case: invertible linear flow that wraps the matrix inverse in try/except and falls back to a pseudo-inverse on failure inside construct -> try statement unsupported in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class InvertibleLinear(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        w = np.linalg.qr(np.random.randn(dim, dim))[0].astype(np.float32)
        self.W = Parameter(Tensor(w), name="W")
        self.mat_inv = ops.MatrixInverse()

    def inverse_weight(self):
        try:
            w_inv = self.mat_inv(self.W)
        except RuntimeError:
            w_inv = ops.pinv(self.W)
        return w_inv

    def construct(self, y):
        w_inv = self.inverse_weight()
        x = ops.matmul(y, w_inv.T)
        return x


def make():
    np.random.seed(25)
    y = Tensor(np.random.randn(5, 4).astype(np.float32))
    return InvertibleLinear(4), (y,)
