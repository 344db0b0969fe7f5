# case: LaneGCN map encoder stores multi-scale lane successor edges as ms.COOTensor and densifies them inside construct for aggregation -> sparse tensor built in construct, expect error or special handling
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LaneGraphConfig:
    hidden_size = 32
    num_scales = 2


class LaneConv(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ctr = nn.Dense(config.hidden_size, config.hidden_size)
        self.suc = nn.CellList([nn.Dense(config.hidden_size, config.hidden_size, has_bias=False)
                                for _ in range(config.num_scales)])

    def _adjacency(self, edge_index, edge_weight, n, scale):
        return ms.COOTensor(edge_index, edge_weight / float(2 ** scale), (n, n))

    def construct(self, nodes, edge_index, edge_weight):
        n = nodes.shape[0]
        out = self.ctr(nodes)
        for scale, lin in enumerate(self.suc):
            adj = self._adjacency(edge_index, edge_weight, n, scale)
            out = out + ops.matmul(adj.to_dense(), lin(nodes))
        return ops.relu(out)


def make():
    np.random.seed(16)
    nodes = Tensor(np.random.randn(10, 32).astype(np.float32))
    src = np.arange(9)
    idx = Tensor(np.stack([src, src + 1], axis=1).astype(np.int32))
    w = Tensor(np.ones(9, dtype=np.float32))
    return LaneConv(LaneGraphConfig()), (nodes, idx, w)
