# case: multi-valued categorical column encoded as a COOTensor bag-of-categories built in construct and densified for the embedding matmul -> Graph mode rejects or handles the sparse tensor specially
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class BagConfig:
    def __init__(self, n_levels=12, d_embed=4, combiner="sum"):
        self.n_levels = n_levels
        self.d_embed = d_embed
        self.combiner = combiner


class MultiHotBagEmbedding(nn.Cell):
    def __init__(self, config, batch_size):
        super().__init__()
        self.n_levels = config.n_levels
        self.batch_size = batch_size
        self.combiner = config.combiner
        init = np.random.randn(config.n_levels, config.d_embed).astype(np.float32) * 0.1
        self.weight = Parameter(Tensor(init), name="bag_weight")

    def _to_sparse(self, rows, cols):
        idx = ops.stack([rows, cols], axis=1)
        vals = ops.ones(rows.shape, ms.float32)
        return ms.COOTensor(idx, vals, (self.batch_size, self.n_levels))

    def construct(self, rows, cols):
        bag = self._to_sparse(rows, cols)
        dense = bag.to_dense()
        out = ops.matmul(dense, self.weight)
        if self.combiner == "mean":
            out = out / ops.maximum(dense.sum(-1, keepdims=True), 1.0)
        return out


def make():
    np.random.seed(32)
    rows = Tensor(np.array([0, 0, 1, 2, 2, 2, 3], np.int32))
    cols = Tensor(np.array([1, 5, 3, 0, 7, 11, 4], np.int32))
    return MultiHotBagEmbedding(BagConfig(), batch_size=4), (rows, cols)
