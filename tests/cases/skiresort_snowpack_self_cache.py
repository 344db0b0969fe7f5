# case: snowpack stability net stores the latest stability index on self.last_index inside construct for a dashboard -> attribute of self written in construct, expected error or side-effect issue
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SnowpackStability(nn.Cell):
    def __init__(self, n_layers=6, hidden=12):
        super().__init__()
        self.layer_enc = nn.Dense(3, hidden)
        self.head = nn.Dense(hidden, 1)
        self.n_layers = n_layers
        self.last_index = None

    def construct(self, layers):
        # layers: (batch, snow layers, [density, grain size, temperature])
        h = ops.relu(self.layer_enc(layers))
        h = h.max(axis=1)
        index = ops.sigmoid(self.head(h)).squeeze(-1)
        self.last_index = index
        return index


def make():
    np.random.seed(111)
    layers = Tensor(np.random.randn(4, 6, 3).astype(np.float32))
    return SnowpackStability(), (layers,)
