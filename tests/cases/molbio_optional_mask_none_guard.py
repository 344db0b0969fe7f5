# case: residue encoder with an optional padding mask argument guarded by `is None` and an isinstance check on a config tuple -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidueFeatureEncoder(nn.Cell):
    def __init__(self, in_dim=20, hidden=(16, 16), dropout=0.0):
        super().__init__()
        if isinstance(hidden, int):
            hidden = (hidden,)
        layers = []
        prev = in_dim
        for hdim in hidden:
            layers += [nn.Dense(prev, hdim), nn.ReLU()]
            prev = hdim
        self.mlp = nn.SequentialCell(layers)
        self.out_dim = prev

    def construct(self, feats, mask=None):
        if mask is None:
            mask = ops.ones(feats.shape[:-1], ms.float32)
        h = self.mlp(feats) * mask[..., None]
        denom = mask.sum(-1, keepdims=True)
        return h.sum(-2) / ops.maximum(denom, 1.0)


def make():
    np.random.seed(29)
    feats = Tensor(np.random.randn(2, 6, 20).astype(np.float32))
    return ResidueFeatureEncoder(), (feats,)
