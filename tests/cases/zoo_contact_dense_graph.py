# case: build a dense contact matrix of animals seen together with scatter-add over fixed pair lists and propagate activity -> dense ops with fixed shapes, Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TroopContactDense(nn.Cell):
    def __init__(self, n_animals=10):
        super().__init__()
        self.n_animals = n_animals

    def adjacency(self, pair_idx, pair_counts):
        flat = pair_idx[:, 0] * self.n_animals + pair_idx[:, 1]
        adj = ops.zeros((self.n_animals * self.n_animals,), ms.float32)
        adj = ops.tensor_scatter_add(adj, flat.expand_dims(1), pair_counts)
        return adj.reshape(self.n_animals, self.n_animals)

    def construct(self, pair_idx, pair_counts, activity):
        dense = self.adjacency(pair_idx, pair_counts)
        deg = dense.sum(axis=1, keepdims=True) + 1.0
        return ops.matmul(dense / deg, activity)


def make():
    np.random.seed(72)
    pairs = np.array([[0, 1], [1, 0], [2, 3], [3, 2], [4, 7], [7, 4], [5, 6]], dtype=np.int32)
    counts = np.random.uniform(1, 5, size=(7,)).astype(np.float32)
    activity = np.random.rand(10, 4).astype(np.float32)
    return TroopContactDense(), (Tensor(pairs), Tensor(counts), Tensor(activity))
