# case: routes sub-catchment runoff through a dense downstream adjacency matrix for a fixed number of hops -> static, constant loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CatchmentGraphRouter(nn.Cell):
    """Accumulate flow at each node from all upstream sub-catchments."""

    def __init__(self, adjacency, n_hops=3, retention=0.2):
        super().__init__()
        self.adj = Tensor(adjacency.astype(np.float32))
        self.n_hops = n_hops
        self.retention = retention
        self.node_scale = nn.Dense(1, 1, has_bias=False, weight_init="ones")

    def construct(self, runoff):
        # runoff: (batch, nodes)
        flow = runoff
        accumulated = runoff
        for _ in range(self.n_hops):
            flow = ops.matmul(flow, self.adj.T) * (1.0 - self.retention)
            accumulated = accumulated + flow
        return self.node_scale(accumulated.expand_dims(-1)).squeeze(-1)


def make():
    np.random.seed(24)
    adj = np.zeros((6, 6), dtype=np.float32)
    for child, parent in [(1, 0), (2, 0), (3, 1), (4, 1), (5, 2)]:
        adj[parent, child] = 1.0
    runoff = np.random.uniform(0.5, 6.0, size=(2, 6)).astype(np.float32)
    return CatchmentGraphRouter(adj), (Tensor(runoff),)
