# case: lane-graph convolution uses a dense successor matrix precomputed in __init__ from a NumPy edge list and registered as a constant Tensor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def build_successor_matrix(num_nodes, edges, dilation=1):
    adj = np.zeros((num_nodes, num_nodes), dtype=np.float32)
    for src, dst in edges:
        tgt = src + dilation - 1 + (dst - src)
        if tgt < num_nodes:
            adj[src, tgt] = 1.0
    return adj


class LaneGraphConfig:
    def __init__(self, hidden_size=32, dilations=(1, 2), num_nodes=10):
        self.hidden_size = hidden_size
        self.dilations = dilations
        self.num_nodes = num_nodes


class DenseLaneConv(nn.Cell):
    def __init__(self, config, edges):
        super().__init__()
        mats = [build_successor_matrix(config.num_nodes, edges, d) for d in config.dilations]
        self.adj = Tensor(np.stack(mats))
        self.ctr = nn.Dense(config.hidden_size, config.hidden_size)
        self.suc = nn.CellList([nn.Dense(config.hidden_size, config.hidden_size, has_bias=False)
                                for _ in config.dilations])

    def construct(self, nodes):
        out = self.ctr(nodes)
        for i, lin in enumerate(self.suc):
            out = out + ops.matmul(self.adj[i], lin(nodes))
        return ops.relu(out)


def make():
    np.random.seed(18)
    edges = [(i, i + 1) for i in range(9)]
    nodes = Tensor(np.random.randn(10, 32).astype(np.float32))
    return DenseLaneConv(LaneGraphConfig(), edges), (nodes,)
