# case: history encoder truncates or zero-pads attempt histories to a configured max_len using Python checks on x.shape -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HistoryFitter(nn.Cell):
    def __init__(self, max_len=10, feat_dim=4, hidden=6):
        super().__init__()
        self.max_len = max_len
        self.encode = nn.Dense(feat_dim, hidden)

    def fit_length(self, history):
        seq_len = history.shape[1]
        if seq_len > self.max_len:
            return history[:, seq_len - self.max_len:, :]
        if seq_len < self.max_len:
            return ops.pad(history, (0, 0, self.max_len - seq_len, 0))
        return history

    def construct(self, history):
        fitted = self.fit_length(history)
        h = ops.relu(self.encode(fitted))
        return h.reshape(h.shape[0], -1)


def make():
    np.random.seed(36)
    history = Tensor(np.random.randn(3, 7, 4).astype(np.float32))
    return HistoryFitter(), (history,)
