# case: a port of scipy-based code that calls adj.asnumpy() and np.nonzero inside construct to build COOTensor indices; STRICT rejects asnumpy, and in LAX the fallback turns the COOTensor into a tuple so .to_dense() fails
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class ThresholdAdjacency(nn.Cell):
    def __init__(self, dim=4, eps=0.5):
        super().__init__()
        self.lin = nn.Dense(dim, dim)
        self.eps = eps

    def construct(self, adj, x):
        dense = adj.asnumpy()
        rows, cols = np.nonzero(dense > self.eps)
        indices = Tensor(np.stack([rows, cols], axis=1).astype(np.int32))
        values = Tensor(dense[rows, cols].astype(np.float32))
        sparse_adj = COOTensor(indices, values, adj.shape)
        return ops.matmul(sparse_adj.to_dense(), self.lin(x))


def make():
    adj = Tensor(np.random.rand(5, 5).astype(np.float32))
    x = Tensor(np.random.randn(5, 4).astype(np.float32))
    return ThresholdAdjacency(), (adj, x)


if __name__ == "__main__":
    net, args = make()
    print(net(*args).shape)
