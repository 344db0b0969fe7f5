# case: 2:4 structured sparsity mask from topk(k=2) within groups of 4, scattered back as a dense mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NMSparsity(nn.Cell):
    def __init__(self, n=2, m=4):
        super().__init__()
        self.n = n
        self.m = m

    def mask(self, w):
        groups = ops.abs(w).reshape(-1, self.m)
        _, idx = ops.topk(groups, self.n)
        one_hot = ops.one_hot(idx, self.m, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return ops.reduce_sum(one_hot, 1).reshape(w.shape)

    def construct(self, w):
        return w * self.mask(w)


class SparseDense(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(16, 8)
        self.sparsify = NMSparsity()

    def construct(self, x):
        w = self.sparsify(self.fc.weight)
        return ops.matmul(x, w.T) + self.fc.bias


def make():
    np.random.seed(23)
    x = Tensor(np.random.randn(4, 16).astype(np.float32))
    return SparseDense(), (x,)
