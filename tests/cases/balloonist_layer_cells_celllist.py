# case: one small Dense per altitude layer in a CellList, looped over in construct and stacked into a wind-profile embedding -> loop over CellList, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LayerEncoder(nn.Cell):
    def __init__(self, in_dim, out_dim):
        super().__init__()
        self.fc = nn.Dense(in_dim, out_dim)
        self.act = nn.Tanh()

    def construct(self, x):
        return self.act(self.fc(x))


class WindProfileEncoder(nn.Cell):
    def __init__(self, n_layers=5, feat=3, hidden=8, share_weights=False):
        super().__init__()
        n_cells = 1 if share_weights else n_layers
        self.encoders = nn.CellList([LayerEncoder(feat, hidden) for _ in range(n_cells)])
        self.share = share_weights
        self.n_layers = n_layers

    def construct(self, profile):
        # profile: (batch, layers, feat)
        outs = []
        for i in range(self.n_layers):
            enc = self.encoders[0] if self.share else self.encoders[i]
            outs.append(enc(profile[:, i, :]))
        return ops.stack(outs, axis=1).mean(axis=1)


def make():
    np.random.seed(202)
    prof = Tensor(np.random.randn(4, 5, 3).astype(np.float32))
    return WindProfileEncoder(), (prof,)
