# case: jumping-knowledge GNN keeping a Python list of layer outputs over an nn.CellList and combining them by concat or max chosen in config -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

JK_MODES = ("cat", "max", "last")


class JKConfig:
    def __init__(self, hidden=16, num_layers=3, jk="cat", out_dim=4):
        assert jk in JK_MODES
        self.hidden, self.num_layers, self.jk, self.out_dim = hidden, num_layers, jk, out_dim


class GraphSAGELayer(nn.Dense):
    def __init__(self, hidden):
        super().__init__(2 * hidden, hidden, activation="relu")

    def construct(self, x, edge_index):
        n = x.shape[0]
        agg = ops.unsorted_segment_sum(x[edge_index[0]], edge_index[1], n)
        return super().construct(ops.concat((x, agg), axis=-1))


class JKNet(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.jk = config.jk
        self.layers = nn.CellList([GraphSAGELayer(config.hidden) for _ in range(config.num_layers)])
        in_dim = config.hidden * config.num_layers if self.jk == "cat" else config.hidden
        self.head = nn.Dense(in_dim, config.out_dim)

    def construct(self, x, edge_index):
        xs = []
        for layer in self.layers:
            x = layer(x, edge_index)
            xs.append(x)
        if self.jk == "cat":
            h = ops.concat(xs, axis=-1)
        elif self.jk == "max":
            h = ops.stack(xs, axis=0).max(axis=0)
        else:
            h = xs[-1]
        return self.head(h)


def make():
    np.random.seed(3457)
    n, e = 12, 30
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    ei = Tensor(np.random.randint(0, n, size=(2, e)).astype(np.int32))
    return JKNet(JKConfig()), (x, ei)
