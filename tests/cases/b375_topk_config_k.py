# case: account summary keeps the k largest-amount transactions where k comes from the config, and gathers their features with gather_elements -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopTxnConfig:
    def __init__(self, feat_dim=5, hidden=8, top_k=3, sort_by="amount"):
        self.feat_dim = feat_dim
        self.hidden = hidden
        self.top_k = top_k
        self.sort_by = sort_by


class TopTransactionSummary(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.top_k = config.top_k
        self.sort_by = config.sort_by
        self.proj = nn.Dense(config.feat_dim, config.hidden)

    def _rank_key(self, feats, amounts):
        if self.sort_by == "amount":
            return amounts
        return feats.sum(axis=-1)

    def construct(self, feats, amounts, txn_mask):
        key = self._rank_key(feats, amounts) * txn_mask - (1.0 - txn_mask) * 1e9
        _, idx = ops.topk(key, self.top_k)
        idx = ops.broadcast_to(idx.expand_dims(-1), (feats.shape[0], self.top_k, feats.shape[2]))
        top = ops.gather_elements(feats, 1, idx)
        return self.proj(top).reshape(feats.shape[0], -1)


def make():
    np.random.seed(3779)
    feats = np.random.randn(4, 10, 5).astype(np.float32)
    amounts = (np.abs(np.random.randn(4, 10)) * 100).astype(np.float32)
    mask = np.ones((4, 10), np.float32)
    mask[2, 6:] = 0.0
    return TopTransactionSummary(TopTxnConfig()), (Tensor(feats), Tensor(amounts), Tensor(mask))
