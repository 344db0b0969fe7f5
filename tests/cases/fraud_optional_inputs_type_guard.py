# case: accepts an optional merchant mask (None test) and a device-features argument that may be a tuple or a tensor (isinstance guard) -> resolved at compile time, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiSourceScorer(nn.Cell):
    def __init__(self, txn_dim=5, dev_dim=3):
        super().__init__()
        self.txn = nn.Dense(txn_dim, 4)
        self.dev = nn.Dense(dev_dim, 4)
        self.head = nn.Dense(4, 1)

    def construct(self, txn_feats, device_feats, merchant_mask=None):
        h = self.txn(txn_feats)
        if isinstance(device_feats, tuple):
            device_feats = ops.concat(device_feats, axis=-1)
        h = h + self.dev(device_feats)
        score = ops.sigmoid(self.head(ops.relu(h))).squeeze(-1)
        if merchant_mask is not None:
            score = score * merchant_mask.astype(score.dtype)
        return score


def make():
    np.random.seed(37)
    txn = Tensor(np.random.randn(7, 5).astype(np.float32))
    dev_a = Tensor(np.random.randn(7, 2).astype(np.float32))
    dev_b = Tensor(np.random.randn(7, 1).astype(np.float32))
    mask = Tensor(np.random.rand(7) > 0.2)
    return MultiSourceScorer(), (txn, (dev_a, dev_b), mask)
