# case: fixed-width multi-hot genre ids (0 = padding) pooled through one_hot and a padding mask multiplication -> dense fixed shapes, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiHotConfig:
    num_genres = 12
    embed_dim = 8
    combiner = "mean"
    padding_idx = 0


class EmbeddingBag(nn.Embedding):
    def __init__(self, config):
        super().__init__(config.num_genres, config.embed_dim, padding_idx=config.padding_idx)
        self.combiner = config.combiner
        self.num_genres = config.num_genres
        self.pad = config.padding_idx

    def construct(self, ids, per_sample_weights=None):
        counts = ops.one_hot(ids, self.num_genres, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        valid = ops.not_equal(ids, self.pad).astype(ms.float32)
        if per_sample_weights is not None:
            valid = valid * per_sample_weights
        counts = (counts * valid.expand_dims(-1)).sum(axis=1)
        bag = ops.matmul(counts, self.embedding_table)
        if self.combiner == "mean":
            bag = bag / ops.clamp(valid.sum(axis=1, keepdims=True), min=1.0)
        return bag


def make():
    np.random.seed(3922)
    ids = Tensor(np.array([[3, 5, 0, 0], [1, 0, 0, 0], [2, 4, 7, 9]]), ms.int32)
    return EmbeddingBag(MultiHotConfig()), (ids,)
