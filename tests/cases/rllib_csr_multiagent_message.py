# case: multi-agent critic aggregates neighbour embeddings with a CSR adjacency matrix passed in as input (csr.mm) -> CSRTensor inputs and sparse matmul on CPU may fail in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GraphCriticConfig:
    obs_dim = 5
    embed_dim = 16
    num_rounds = 2
    residual = True


class GraphCritic(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.residual = config.residual
        self.encoder = nn.Dense(config.obs_dim, config.embed_dim)
        self.rounds = nn.CellList([nn.Dense(config.embed_dim, config.embed_dim) for _ in range(config.num_rounds)])
        self.value = nn.Dense(config.embed_dim, 1)

    def construct(self, agent_obs, adjacency):
        h = ops.relu(self.encoder(agent_obs))
        for layer in self.rounds:
            msg = adjacency.mm(h)
            update = ops.relu(layer(msg))
            h = h + update if self.residual else update
        return self.value(h).squeeze(-1)


def make():
    np.random.seed(61)
    n = 5
    indptr = Tensor(np.array([0, 2, 4, 6, 8, 10], np.int32))
    cols = np.stack([(np.arange(n) + 1) % n, (np.arange(n) - 1) % n], 1).reshape(-1)
    indices = Tensor(cols.astype(np.int32))
    values = Tensor(np.full(2 * n, 0.5, np.float32))
    adj = ms.CSRTensor(indptr, indices, values, (n, n))
    obs = Tensor(np.random.randn(n, GraphCriticConfig.obs_dim).astype(np.float32))
    return GraphCritic(GraphCriticConfig()), (obs, adj)
