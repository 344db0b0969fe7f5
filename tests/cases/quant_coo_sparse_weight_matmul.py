# case: sparse pruned layer stores weights as a COOTensor built in construct from index/value tensors and multiplies by dense input -> sparse tensor in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseCOOLinear(nn.Cell):
    def __init__(self, out_dim=4, in_dim=6):
        super().__init__()
        self.shape = (out_dim, in_dim)

    def construct(self, indices, values, x):
        w = COOTensor(indices, values, self.shape)
        dense_w = w.to_dense()
        return ops.matmul(x, dense_w.T)


def make():
    np.random.seed(30)
    indices = Tensor(np.array([[0, 1], [1, 3], [2, 0], [3, 5]], dtype=np.int32))
    values = Tensor(np.random.randn(4).astype(np.float32))
    x = Tensor(np.random.randn(3, 6).astype(np.float32))
    return SparseCOOLinear(), (indices, values, x)
