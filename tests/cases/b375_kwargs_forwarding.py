# case: fraud model wrapper forwards *args/**kwargs to its encoder and pooler sub-Cells, with the pooler taking keyword-only mask arguments -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WrapperConfig:
    def __init__(self, feat_dim=6, hidden=10, pool="mean"):
        self.feat_dim = feat_dim
        self.hidden = hidden
        self.pool = pool


class Encoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.fc = nn.Dense(config.feat_dim, config.hidden, activation="relu")

    def construct(self, feats, scale=1.0):
        return self.fc(feats) * scale


class Pooler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pool = config.pool

    def construct(self, h, txn_mask=None):
        if txn_mask is None:
            return h.mean(axis=1)
        m = txn_mask.expand_dims(-1)
        return (h * m).sum(axis=1) / ops.maximum(m.sum(axis=1), 1.0)


class FraudModelWrapper(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.encoder = Encoder(config)
        self.pooler = Pooler(config)

    def _encode(self, *args, **kwargs):
        return self.encoder(*args, **kwargs)

    def construct(self, feats, txn_mask):
        h = self._encode(feats, scale=0.5)
        return self.pooler(h, txn_mask=txn_mask)


def make():
    np.random.seed(3785)
    feats = np.random.randn(4, 8, 6).astype(np.float32)
    mask = np.ones((4, 8), np.float32)
    mask[2, 3:] = 0.0
    return FraudModelWrapper(WrapperConfig()), (Tensor(feats), Tensor(mask))
