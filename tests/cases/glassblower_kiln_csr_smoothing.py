# case: smooth readings across neighbouring kiln shelves using a CSRTensor adjacency and a sparse matmul -> CSR sparse op in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def shelf_adjacency(n):
    indptr, indices, values = [0], [], []
    for i in range(n):
        nbrs = [j for j in (i - 1, i, i + 1) if 0 <= j < n]
        indices.extend(nbrs)
        values.extend([1.0 / len(nbrs)] * len(nbrs))
        indptr.append(len(indices))
    return (np.array(indptr, np.int32), np.array(indices, np.int32), np.array(values, np.float32))


class ShelfSmoother(nn.Cell):
    def __init__(self, n_shelves=6):
        super().__init__()
        indptr, indices, values = shelf_adjacency(n_shelves)
        self.indptr = Tensor(indptr)
        self.indices = Tensor(indices)
        self.values = Tensor(values)
        self.shape = (n_shelves, n_shelves)

    def construct(self, shelf_temps):
        adj = ms.CSRTensor(self.indptr, self.indices, self.values, self.shape)
        return adj.mm(shelf_temps)


def make():
    np.random.seed(121)
    temps = np.random.uniform(480.0, 520.0, size=(6, 3)).astype(np.float32)
    return ShelfSmoother(6), (Tensor(temps),)
