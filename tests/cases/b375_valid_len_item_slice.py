# case: account sequence encoder trims padded transactions to the longest valid length read from the mask with .item() before projecting -> graph mode rejects or makes the slice dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_TXN = 16


class SeqConfig:
    def __init__(self, feat_dim=8, hidden=16, trim_padding=True, eps=1.0):
        self.feat_dim = feat_dim
        self.hidden = hidden
        self.trim_padding = trim_padding
        self.eps = eps


class TxnSequenceEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.trim_padding = config.trim_padding
        self.eps = config.eps
        self.proj = nn.Dense(config.feat_dim, config.hidden)
        self.act = nn.GELU()

    def _longest_valid(self, txn_mask):
        return int(txn_mask.sum(axis=1).max().item())

    def _masked_mean(self, h, txn_mask):
        h = h * txn_mask.expand_dims(-1)
        denom = ops.maximum(txn_mask.sum(axis=1, keepdims=True), self.eps)
        return h.sum(axis=1) / denom

    def construct(self, txn_feats, txn_mask):
        if self.trim_padding:
            n_valid = self._longest_valid(txn_mask)
            txn_feats = txn_feats[:, :n_valid]
            txn_mask = txn_mask[:, :n_valid]
        h = self.act(self.proj(txn_feats))
        return self._masked_mean(h, txn_mask)


def make():
    np.random.seed(3751)
    cfg = SeqConfig()
    lengths = np.array([5, 9, 3, 12])
    mask = (np.arange(MAX_TXN)[None, :] < lengths[:, None]).astype(np.float32)
    feats = np.random.randn(4, MAX_TXN, cfg.feat_dim).astype(np.float32) * mask[..., None]
    return TxnSequenceEncoder(cfg), (Tensor(feats), Tensor(mask))
