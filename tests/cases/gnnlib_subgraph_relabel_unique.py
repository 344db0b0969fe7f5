# case: neighbor-sampling helper that relabels the sampled edge endpoints to a compact subgraph with ops.unique(return_inverse) before aggregation -> dynamic node count
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SampleConfig:
    hidden = 16
    relabel_nodes = True


def relabel(edge_index):
    flat = edge_index.reshape(-1)
    nodes, inv = ops.unique(flat)
    return nodes, inv.reshape(edge_index.shape)


class SubgraphSAGE(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.relabel_nodes = config.relabel_nodes
        self.lin = nn.Dense(2 * config.hidden, config.hidden)

    def construct(self, x, sampled_edges):
        if self.relabel_nodes:
            nodes, local = relabel(sampled_edges)
            x_sub = ops.gather(x, nodes, 0)
        else:
            local, x_sub = sampled_edges, x
        n = x_sub.shape[0]
        agg = ops.unsorted_segment_sum(x_sub[local[0]], local[1], n)
        return self.lin(ops.concat((x_sub, agg), axis=-1))


def make():
    np.random.seed(3467)
    n, e = 30, 14
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    ei = Tensor(np.random.randint(0, n, size=(2, e)).astype(np.int32))
    return SubgraphSAGE(SampleConfig()), (x, ei)
