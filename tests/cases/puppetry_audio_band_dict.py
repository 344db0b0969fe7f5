# case: audience reaction features gathered in a dict keyed by band name with constant bin edges, then combined -> dict with constant string keys, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BANDS = (("rumble", 0, 8), ("speech", 8, 20), ("laugh", 20, 48), ("clap", 48, 64))


class ReactionBands(nn.Cell):
    def __init__(self):
        super().__init__()
        self.bands = BANDS
        self.head = nn.Dense(len(BANDS), 3)

    def construct(self, spectrum):
        power = spectrum * spectrum
        feats = {}
        for name, lo, hi in self.bands:
            feats[name] = power[:, lo:hi].mean(axis=1)
        stacked = ops.stack([feats["rumble"], feats["speech"], feats["laugh"], feats["clap"]], axis=1)
        return self.head(ops.log1p(stacked))


def make():
    np.random.seed(46)
    spec = np.abs(np.random.randn(10, 64)).astype(np.float32)
    return ReactionBands(), (Tensor(spec),)
