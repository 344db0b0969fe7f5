# case: two CSRTensor inputs combined with ops.csr_add(a, b, alpha, beta); output nnz not known statically -> expected dynamic at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class Blend(nn.Cell):
    def __init__(self, alpha=1.0, beta=0.5):
        super().__init__()
        self.alpha = Tensor(alpha, ms.float32)
        self.beta = Tensor(beta, ms.float32)

    def construct(self, a, b):
        c = ops.csr_add(a, b, self.alpha, self.beta)
        return c.values, c.indices, c.indptr


def make():
    ip = Tensor(np.array([0, 1, 2], np.int32))
    a = CSRTensor(ip, Tensor(np.array([0, 1], np.int32)), Tensor(np.array([1.0, 2.0], np.float32)), (2, 3))
    b = CSRTensor(ip, Tensor(np.array([2, 1], np.int32)), Tensor(np.array([3.0, 4.0], np.float32)), (2, 3))
    return Blend(), (a, b)
