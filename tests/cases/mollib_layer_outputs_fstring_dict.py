# case: GNN trunk collects per-layer atom features in a dict keyed by f-string layer names when output_hidden_states, and returns it -> graph may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrunkConfig:
    def __init__(self, hidden=16, num_layers=3, output_hidden_states=True):
        self.hidden = hidden
        self.num_layers = num_layers
        self.output_hidden_states = output_hidden_states


class GraphConvLayer(nn.Cell):
    def __init__(self, hidden):
        super().__init__()
        self.lin = nn.Dense(hidden, hidden)

    def construct(self, h, adj):
        return ops.relu(self.lin(ops.matmul(adj, h))) + h


class MolecularTrunk(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([GraphConvLayer(config.hidden) for _ in range(config.num_layers)])
        self.output_hidden_states = config.output_hidden_states

    def construct(self, h, adj):
        hidden_states = {}
        for i, layer in enumerate(self.layers):
            h = layer(h, adj)
            if self.output_hidden_states:
                hidden_states[f"layer_{i}"] = h
        return h, hidden_states


def make():
    np.random.seed(37)
    h = Tensor(np.random.randn(8, 16).astype(np.float32))
    a = (np.random.rand(8, 8) > 0.5).astype(np.float32) / 8.0
    return MolecularTrunk(TrunkConfig()), (h, Tensor(a))
