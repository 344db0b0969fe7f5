# case: lag-feature encoder trims padded history to the batch's longest length read from the lengths tensor -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LagFeatureEncoder(nn.Cell):
    def __init__(self, lags=(1, 2, 3), hidden=8, trim_padding=True):
        super().__init__()
        self.lags = lags
        self.trim_padding = trim_padding
        self.proj = nn.Dense(len(lags) + 1, hidden)

    def _trim_history(self, x, lengths):
        # drop trailing padding that no series in the batch uses
        max_len = lengths.max()
        return x[:, :max_len]

    def _lag_stack(self, x):
        max_lag = max(self.lags)
        seq_len = x.shape[1]
        feats = [x[:, max_lag:]]
        for lag in self.lags:
            feats.append(x[:, max_lag - lag:seq_len - lag])
        return ops.stack(feats, axis=-1)

    def construct(self, x, lengths):
        if self.trim_padding:
            x = self._trim_history(x, lengths)
        feats = self._lag_stack(x)
        return self.proj(feats)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(4, 16).astype(np.float32))
    lengths = Tensor(np.array([10, 12, 9, 11], dtype=np.int32))
    return LagFeatureEncoder(), (x, lengths)
