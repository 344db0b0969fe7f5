# case: neighbour mean aggregation whose segment count is taken from the largest destination index -> dynamic shape at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NeighbourMean(nn.Cell):
    def __init__(self, in_dim=8, out_dim=6, normalize=True):
        super().__init__()
        self.lin = nn.Dense(in_dim, out_dim)
        self.normalize = normalize

    def aggregate(self, msg, dst):
        num_nodes = int(dst.max()) + 1
        ones = ops.ones((dst.shape[0], 1), ms.float32)
        deg = ops.unsorted_segment_sum(ones, dst, num_nodes)
        total = ops.unsorted_segment_sum(msg, dst, num_nodes)
        return total / ops.clamp(deg, min=1.0)

    def construct(self, ent_emb, edge_index):
        msg = self.lin(ops.gather(ent_emb, edge_index[0], 0))
        out = self.aggregate(msg, edge_index[1])
        if self.normalize:
            out = ops.L2Normalize(axis=-1)(out)
        return out


def make():
    np.random.seed(10)
    emb = np.random.randn(10, 8).astype(np.float32)
    edges = np.random.randint(0, 10, (2, 20)).astype(np.int32)
    return NeighbourMean(), (Tensor(emb), Tensor(edges))
