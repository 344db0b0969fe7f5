# case: optional self-loops appended with arange(x.shape[0]) and a fill value for edge features, flags read from config -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvConfig:
    in_dim = 8
    out_dim = 16
    edge_dim = 4
    add_self_loops = True
    fill_value = 1.0


def add_remaining_self_loops(edge_index, edge_attr, num_nodes, fill_value=1.0):
    loop = ops.arange(0, num_nodes, dtype=edge_index.dtype)
    edge_index = ops.concat((edge_index, ops.stack((loop, loop), axis=0)), axis=1)
    if edge_attr is not None:
        loop_attr = ops.fill(edge_attr.dtype, (num_nodes, edge_attr.shape[1]), fill_value)
        edge_attr = ops.concat((edge_attr, loop_attr), axis=0)
    return edge_index, edge_attr


class EdgeConv(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.add_self_loops = config.add_self_loops
        self.fill_value = config.fill_value
        self.lin = nn.Dense(config.in_dim, config.out_dim)
        self.lin_edge = nn.Dense(config.edge_dim, config.out_dim) if config.edge_dim else None

    def construct(self, x, edge_index, edge_attr=None):
        n = x.shape[0]
        if self.add_self_loops:
            edge_index, edge_attr = add_remaining_self_loops(edge_index, edge_attr, n, self.fill_value)
        h = self.lin(x)
        msg = ops.gather(h, edge_index[0], 0)
        if edge_attr is not None and self.lin_edge is not None:
            msg = msg + self.lin_edge(edge_attr)
        return ops.unsorted_segment_sum(ops.relu(msg), edge_index[1], n)


def make():
    np.random.seed(3436)
    n, e = 12, 26
    x = Tensor(np.random.randn(n, 8).astype(np.float32))
    ei = Tensor(np.random.randint(0, n, size=(2, e)).astype(np.int32))
    ea = Tensor(np.random.randn(e, 4).astype(np.float32))
    return EdgeConv(ConvConfig()), (x, ei, ea)
