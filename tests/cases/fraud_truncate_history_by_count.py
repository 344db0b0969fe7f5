# case: keeps only the first n valid transactions of an account, n read from a count tensor, before averaging -> slice bound is a tensor value, Graph mode should fail or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HistoryEncoder(nn.Cell):
    def __init__(self, feat_dim=6, hidden=8):
        super().__init__()
        self.proj = nn.Dense(feat_dim, hidden)
        self.act = nn.ReLU()

    def construct(self, txns):
        return self.act(self.proj(txns))


class AccountRiskModel(nn.Cell):
    def __init__(self, feat_dim=6, hidden=8):
        super().__init__()
        self.encoder = HistoryEncoder(feat_dim, hidden)
        self.head = nn.Dense(hidden, 1)

    def construct(self, txns, n_valid):
        valid = txns[:n_valid]
        h = self.encoder(valid)
        pooled = h.mean(axis=0)
        return ops.sigmoid(self.head(pooled.reshape(1, -1)))


def make():
    np.random.seed(0)
    txns = Tensor(np.random.randn(20, 6).astype(np.float32))
    n_valid = Tensor(13, ms.int32)
    return AccountRiskModel(), (txns, n_valid)
