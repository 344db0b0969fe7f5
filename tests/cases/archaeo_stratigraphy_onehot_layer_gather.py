# case: stratigraphic layer assignment gathers per-layer dating priors with argmax indices of fixed length and one-hot encodes with a constructor depth -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LayerPrior(nn.Cell):
    def __init__(self, n_layers=5, feat_dim=6):
        super().__init__()
        self.n_layers = n_layers
        self.assign = nn.Dense(feat_dim, n_layers)
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, sample_feats, layer_ages):
        layer_id = ops.argmax(self.assign(sample_feats), dim=1)
        prior_age = ops.gather(layer_ages, layer_id, 0)
        onehot = ops.one_hot(layer_id, self.n_layers, self.on, self.off)
        occupancy = onehot.sum(axis=0)
        return prior_age, occupancy


def make():
    np.random.seed(43)
    feats = Tensor(np.random.randn(9, 6).astype(np.float32))
    ages = Tensor(np.array([300.0, 800.0, 1500.0, 2200.0, 3100.0], np.float32))
    return LayerPrior(), (feats, ages)
