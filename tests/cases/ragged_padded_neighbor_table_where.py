# case: GraphSAGE mean aggregator over a fixed-width neighbour table padded with -1, invalid slots masked with where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SageMeanAggregator(nn.Cell):
    """Neighbour lists are ragged but stored as [N, max_fanout] with -1 padding."""

    def __init__(self, dim=4, out_dim=4, pad_value=-1, concat_self=True):
        super().__init__()
        self.pad_value = pad_value
        self.concat_self = concat_self
        in_dim = 2 * dim if concat_self else dim
        self.update = nn.Dense(in_dim, out_dim)

    def gather_neighbors(self, x, nbr_table):
        valid = nbr_table != self.pad_value
        safe = ops.where(valid, nbr_table, ops.zeros_like(nbr_table))
        feats = ops.gather(x, safe.reshape(-1), 0).reshape(nbr_table.shape + (x.shape[-1],))
        feats = ops.where(valid.expand_dims(-1), feats, ops.zeros_like(feats))
        return feats, valid.astype(ms.float32)

    def construct(self, x, nbr_table):
        feats, valid = self.gather_neighbors(x, nbr_table)
        agg = feats.sum(axis=1) / ops.clamp(valid.sum(axis=1, keepdims=True), min=1.0)
        if self.concat_self:
            agg = ops.concat((x, agg), axis=-1)
        return ops.relu(self.update(agg))


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(5, 4).astype(np.float32))
    table = np.array([[1, 2, -1], [0, -1, -1], [0, 1, 3], [4, -1, -1], [-1, -1, -1]], dtype=np.int32)
    return SageMeanAggregator(), (x, Tensor(table))
