# case: a plain Python GraphBatch container built from tensors inside construct and mutated -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GraphBatch:
    def __init__(self, x, edge_index, batch):
        self.x = x
        self.edge_index = edge_index
        self.batch = batch

    def num_nodes(self):
        return self.x.shape[0]


class MPNNEncoder(nn.Cell):
    def __init__(self, in_dim=6, hidden=12, num_layers=2):
        super().__init__()
        self.inp = nn.Dense(in_dim, hidden)
        self.layers = nn.CellList([nn.Dense(2 * hidden, hidden) for _ in range(num_layers)])

    def step(self, g, layer):
        src, dst = g.edge_index[0], g.edge_index[1]
        m = ops.unsorted_segment_sum(ops.gather(g.x, src, 0), dst, g.num_nodes())
        g.x = ops.relu(layer(ops.concat([g.x, m], axis=-1)))
        return g

    def construct(self, x, edge_index, batch):
        g = GraphBatch(self.inp(x), edge_index, batch)
        for layer in self.layers:
            g = self.step(g, layer)
        return ops.unsorted_segment_sum(g.x, g.batch, 2)


def make():
    np.random.seed(19)
    x = Tensor(np.random.randn(10, 6).astype(np.float32))
    ei = Tensor(np.random.randint(0, 10, size=(2, 20)).astype(np.int32))
    batch = Tensor(np.array([0] * 5 + [1] * 5, dtype=np.int32))
    return MPNNEncoder(), (x, ei, batch)
