# case: smooth star brightness over constellation line adjacency stored as a CSRTensor and multiplied with a dense vector -> sparse CSRTensor in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConstellationGlow(nn.Cell):
    """Each star borrows a fraction of its constellation neighbours' brightness."""

    def __init__(self, n_stars, borrow=0.25):
        super().__init__()
        self.shape = (n_stars, n_stars)
        self.borrow = borrow

    def construct(self, indptr, indices, weights, brightness):
        adj = ms.CSRTensor(indptr, indices, weights, self.shape)
        neighbour = adj.mv(brightness.reshape(-1, 1)).reshape(-1)
        return (1.0 - self.borrow) * brightness + self.borrow * neighbour


def chain_adjacency(n):
    indptr, indices, vals = [0], [], []
    for i in range(n):
        nb = [j for j in (i - 1, i + 1) if 0 <= j < n]
        indices.extend(nb)
        vals.extend([1.0 / len(nb)] * len(nb))
        indptr.append(len(indices))
    return (Tensor(np.array(indptr, np.int32)), Tensor(np.array(indices, np.int32)),
            Tensor(np.array(vals, np.float32)))


def make():
    np.random.seed(335)
    n = 20
    indptr, indices, vals = chain_adjacency(n)
    bright = Tensor(np.random.uniform(0.1, 2.0, n).astype(np.float32))
    return ConstellationGlow(n), (indptr, indices, vals, bright)
