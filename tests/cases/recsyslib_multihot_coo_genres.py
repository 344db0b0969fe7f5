# case: multi-hot genre features assembled as an ms.COOTensor inside construct and densified before an embedding-bag matmul -> sparse tensor built in construct, Graph mode may reject or handle
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, Normal


class MultiHotConfig:
    def __init__(self, num_genres=12, embed_dim=8, combiner="sum"):
        self.num_genres = num_genres
        self.embed_dim = embed_dim
        self.combiner = combiner


class SparseGenreBag(nn.Cell):
    def __init__(self, config, batch_size=4):
        super().__init__()
        self.num_genres = config.num_genres
        self.combiner = config.combiner
        self.shape = (batch_size, config.num_genres)
        self.table = Parameter(initializer(Normal(0.02), (config.num_genres, config.embed_dim), ms.float32),
                               name="genre_table")

    def _to_sparse(self, indices, weights):
        return ms.COOTensor(indices, weights, self.shape)

    def construct(self, indices, weights):
        sp = self._to_sparse(indices, weights)
        dense = sp.to_dense()
        bag = ops.matmul(dense, self.table)
        if self.combiner == "mean":
            bag = bag / ops.maximum(dense.sum(axis=1, keepdims=True), 1.0)
        return bag


def make():
    np.random.seed(3921)
    indices = Tensor(np.array([[0, 1], [0, 5], [1, 3], [2, 0], [2, 7], [3, 11]]), ms.int32)
    weights = Tensor(np.ones(6, np.float32))
    return SparseGenreBag(MultiHotConfig()), (indices, weights)
