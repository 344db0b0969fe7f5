# case: sequence trimmer only slices by int(lengths.max()) when lengths is given, but the caller never passes lengths so the None guard makes the data-dependent slice unreachable -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class TrimConfig:
    def __init__(self, feat_dim=6, hidden=10, max_txn=12):
        self.feat_dim = feat_dim
        self.hidden = hidden
        self.max_txn = max_txn


class PaddedSequencePooler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_txn = config.max_txn
        self.proj = nn.Dense(config.feat_dim, config.hidden)

    def _trim(self, feats, txn_mask, lengths: Optional[Tensor] = None):
        if lengths is not None:
            n = int(lengths.max())
            return feats[:, :n], txn_mask[:, :n]
        return feats[:, :self.max_txn], txn_mask[:, :self.max_txn]

    def construct(self, feats, txn_mask, lengths=None):
        feats, txn_mask = self._trim(feats, txn_mask, lengths)
        h = self.proj(feats) * txn_mask.expand_dims(-1)
        return h.sum(axis=1) / ops.maximum(txn_mask.sum(axis=1, keepdims=True), 1.0)


def make():
    np.random.seed(3789)
    feats = np.random.randn(3, 12, 6).astype(np.float32)
    mask = np.ones((3, 12), np.float32)
    mask[2, 4:] = 0.0
    return PaddedSequencePooler(TrimConfig()), (Tensor(feats), Tensor(mask))
