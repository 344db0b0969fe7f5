# case: multi-hot genre field pooled by building a COOTensor of (sample, genre) pairs in construct and multiplying it with the embedding table -> sparse tensor built inside the graph, expect Graph mode to reject or handle it specially
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, Normal


class MultiHotPooling(nn.Cell):
    def __init__(self, vocab_size, emb_dim, batch_size, combiner="sum"):
        super().__init__()
        self.vocab_size = vocab_size
        self.batch_size = batch_size
        self.combiner = combiner
        self._create_table(emb_dim)

    def _create_table(self, emb_dim):
        self.table = Parameter(initializer(Normal(0.05), (self.vocab_size, emb_dim), ms.float32),
                               name="genre_table")

    def construct(self, indices, weights):
        sp = ms.COOTensor(indices, weights, (self.batch_size, self.vocab_size))
        pooled = ops.matmul(sp.to_dense(), self.table)
        if self.combiner == "mean":
            counts = ops.zeros((self.batch_size,), ms.float32)
            counts = ops.tensor_scatter_add(counts, indices[:, :1], ops.ones_like(weights))
            pooled = pooled / ops.maximum(counts, 1.0).expand_dims(-1)
        return pooled


class GenreTower(nn.Cell):
    def __init__(self, vocab_size=20, emb_dim=8, batch_size=4):
        super().__init__()
        self.pool = MultiHotPooling(vocab_size, emb_dim, batch_size)
        self.dense = nn.Dense(emb_dim, 4)

    def construct(self, indices, weights):
        return self.dense(self.pool(indices, weights))


def make():
    np.random.seed(3856)
    idx = np.array([[0, 1], [0, 7], [1, 3], [2, 3], [2, 11], [2, 19], [3, 5]], dtype=np.int32)
    w = np.ones(len(idx), dtype=np.float32)
    return GenreTower(), (Tensor(idx), Tensor(w))
