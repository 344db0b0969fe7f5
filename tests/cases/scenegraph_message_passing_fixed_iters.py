# case: iterative object-relation message passing for a constant number of refinement steps over a dense pair tensor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EdgeToNode(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.gate = nn.Dense(2 * dim, 1)

    def construct(self, node, edge):
        n = node.shape[0]
        node_rep = ops.broadcast_to(node[None, :, :], (n, n, node.shape[1]))
        g = ops.sigmoid(self.gate(ops.cat((node_rep, edge), axis=-1)))
        return (g * edge).mean(axis=1)


class IMPRefiner(nn.Cell):
    def __init__(self, dim=8, num_iters=3):
        super().__init__()
        self.num_iters = num_iters
        self.e2n = EdgeToNode(dim)
        self.node_gru = nn.Dense(2 * dim, dim)
        self.edge_fc = nn.Dense(3 * dim, dim)

    def construct(self, node, edge):
        n, d = node.shape
        for _ in range(self.num_iters):
            msg = self.e2n(node, edge)
            node = ops.tanh(self.node_gru(ops.cat((node, msg), axis=1)))
            subj = ops.broadcast_to(node[:, None, :], (n, n, d))
            obj = ops.broadcast_to(node[None, :, :], (n, n, d))
            edge = ops.tanh(self.edge_fc(ops.cat((subj, obj, edge), axis=-1)))
        return node, edge


def make():
    np.random.seed(37)
    node = Tensor(np.random.randn(4, 8).astype(np.float32))
    edge = Tensor(np.random.randn(4, 4, 8).astype(np.float32))
    return IMPRefiner(), (node, edge)
