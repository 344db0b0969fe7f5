# case: builds a sparse COO origin-destination call matrix from call indices inside construct and converts it to dense for traffic counts -> COOTensor in the graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class ODCallMatrix(nn.Cell):
    def __init__(self, num_floors=10):
        super().__init__()
        self.shape = (num_floors, num_floors)

    def construct(self, od_indices, counts):
        sp = COOTensor(od_indices, counts, self.shape)
        dense = sp.to_dense()
        up = ops.triu(dense, 1).sum()
        down = ops.tril(dense, -1).sum()
        return dense.sum(axis=1), up, down


def make():
    np.random.seed(30)
    idx = np.array([[0, 5], [0, 8], [3, 0], [7, 2], [9, 0]], dtype=np.int32)
    counts = np.random.randint(1, 6, (5,)).astype(np.float32)
    return ODCallMatrix(), (Tensor(idx), Tensor(counts))
