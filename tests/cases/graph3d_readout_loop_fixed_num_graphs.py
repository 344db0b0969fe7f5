# case: attention readout per graph in a Python loop over a configured num_graphs, masking with where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GlobalAttentionReadout(nn.Cell):
    def __init__(self, hidden=12, num_graphs=3, out_dim=5):
        super().__init__()
        self.num_graphs = num_graphs
        self.gate = nn.Dense(hidden, 1)
        self.feat = nn.Dense(hidden, hidden)
        self.out = nn.Dense(hidden, out_dim)

    def pool_one(self, h, gate, batch, g):
        in_graph = (batch == g).expand_dims(-1)
        logits = ops.where(in_graph, gate, ops.full_like(gate, -1e9))
        att = ops.softmax(logits, axis=0)
        att = ops.where(in_graph, att, ops.zeros_like(att))
        return (att * h).sum(0)

    def construct(self, x, batch):
        gate = self.gate(x)
        h = self.feat(x)
        pooled = []
        for g in range(self.num_graphs):
            pooled.append(self.pool_one(h, gate, batch, g))
        return self.out(ops.stack(pooled, axis=0))


def make():
    np.random.seed(33)
    x = Tensor(np.random.randn(14, 12).astype(np.float32))
    batch = Tensor(np.array([0] * 4 + [1] * 6 + [2] * 4, dtype=np.int32))
    return GlobalAttentionReadout(), (x, batch)
