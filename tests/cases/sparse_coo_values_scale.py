# case: COOTensor passed as a network input; construct reads .values/.indices, rescales values and rebuilds a COOTensor of the same nnz, then sums rows of the dense form; static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


def renormalize(values, temperature):
    return ops.softmax(values / temperature, axis=0)


class EdgeReweight(nn.Cell):
    def __init__(self, temperature=0.5):
        super().__init__()
        self.temperature = temperature

    def construct(self, adj):
        new_vals = renormalize(adj.values, self.temperature)
        out = COOTensor(adj.indices, new_vals, adj.shape)
        return out.to_dense().sum(axis=1)


def make():
    idx = Tensor(np.array([[0, 0], [1, 2], [2, 1]], np.int32))
    val = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
    return EdgeReweight(), (COOTensor(idx, val, (3, 3)),)
