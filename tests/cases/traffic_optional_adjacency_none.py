# case: traffic-flow graph layer that falls back to a learned adaptive adjacency when the adjacency argument is None -> static shapes (is None test)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class AdaptiveGraphLayer(nn.Cell):
    def __init__(self, num_nodes=8, in_dim=2, out_dim=8, emb_dim=4):
        super().__init__()
        self.src_emb = Parameter(Tensor(np.random.randn(num_nodes, emb_dim).astype(np.float32)), name="src_emb")
        self.dst_emb = Parameter(Tensor(np.random.randn(num_nodes, emb_dim).astype(np.float32)), name="dst_emb")
        self.lin = nn.Dense(in_dim, out_dim)
        self.softmax = nn.Softmax(axis=-1)

    def adaptive_adj(self):
        logits = ops.relu(ops.matmul(self.src_emb, self.dst_emb.T))
        return self.softmax(logits)

    def construct(self, x, adj=None):
        if adj is None:
            adj = self.adaptive_adj()
        # x: (batch, nodes, in_dim)
        h = ops.matmul(adj, x)
        return ops.relu(self.lin(h))


def make():
    np.random.seed(36)
    x = Tensor(np.random.rand(2, 8, 2).astype(np.float32))
    return AdaptiveGraphLayer(), (x, None)
