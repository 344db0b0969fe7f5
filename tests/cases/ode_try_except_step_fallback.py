# case: implicit step tries a Newton solve via matrix inverse and falls back to explicit Euler in an except clause -> Graph mode error (try/except unsupported)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ImplicitEulerLinear(nn.Cell):
    def __init__(self, dim=3):
        super().__init__()
        a = -np.diag(np.array([1.0, 10.0, 100.0][:dim], dtype=np.float32))
        self.A = ms.Parameter(Tensor(a), name="A")
        self.eye = Tensor(np.eye(dim, dtype=np.float32))

    def construct(self, y, h):
        try:
            m = self.eye - h * self.A
            y_new = ops.matmul(y, ops.inverse(m).T)
        except RuntimeError:
            y_new = y + h * ops.matmul(y, self.A.T)
        return y_new


def make():
    np.random.seed(13)
    y = Tensor(np.random.rand(2, 3).astype(np.float32))
    return ImplicitEulerLinear(), (y, Tensor(0.05, ms.float32))
