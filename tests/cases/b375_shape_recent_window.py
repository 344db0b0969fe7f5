# case: recency features slice the most recent quarter of each padded sequence using a length computed from x.shape, which looks data-dependent but is static -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecencyConfig:
    feat_dim = 6
    hidden = 12
    recent_fraction = 4
    use_long_term = True


class RecencyEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.recent_fraction = config.recent_fraction
        self.use_long_term = config.use_long_term
        self.short = nn.Dense(config.feat_dim, config.hidden)
        self.long = nn.Dense(config.feat_dim, config.hidden)

    def _window_len(self, feats):
        n = feats.shape[1] // self.recent_fraction
        return max(n, 1)

    def construct(self, feats, txn_mask):
        k = self._window_len(feats)
        recent = feats[:, -k:]
        recent_mask = txn_mask[:, -k:].expand_dims(-1)
        short = (self.short(recent) * recent_mask).sum(axis=1) / ops.maximum(recent_mask.sum(axis=1), 1.0)
        if not self.use_long_term:
            return short
        long = (self.long(feats) * txn_mask.expand_dims(-1)).mean(axis=1)
        return ops.concat((short, long), axis=-1)


def make():
    np.random.seed(3773)
    feats = np.random.randn(3, 16, 6).astype(np.float32)
    mask = np.ones((3, 16), np.float32)
    mask[2, :5] = 0.0
    return RecencyEncoder(RecencyConfig()), (Tensor(feats), Tensor(mask))
