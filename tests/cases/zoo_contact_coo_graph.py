# case: build a sparse COO contact graph of which animals in a troop were seen together and propagate activity scores over it -> sparse tensor in construct, Graph mode may reject or handle it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TroopContactPropagation(nn.Cell):
    def __init__(self, n_animals=10):
        super().__init__()
        self.n_animals = n_animals
        self.shape = (n_animals, n_animals)

    def construct(self, pair_idx, pair_counts, activity):
        contacts = ms.COOTensor(pair_idx, pair_counts, self.shape)
        dense = contacts.to_dense()
        deg = dense.sum(axis=1, keepdims=True) + 1.0
        spread = ops.matmul(dense / deg, activity)
        return spread


def make():
    np.random.seed(71)
    pairs = np.array([[0, 1], [1, 0], [2, 3], [3, 2], [4, 7], [7, 4], [5, 6]], dtype=np.int32)
    counts = np.random.uniform(1, 5, size=(7,)).astype(np.float32)
    activity = np.random.rand(10, 4).astype(np.float32)
    return TroopContactPropagation(), (Tensor(pairs), Tensor(counts), Tensor(activity))
