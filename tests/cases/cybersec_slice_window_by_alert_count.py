# case: keep only the first n log lines of a window where n is the number of alerts counted by the tensor sum, then score them -> slice bound from tensor value, graph error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LogLineEncoder(nn.Cell):
    def __init__(self, vocab=50, dim=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)

    def construct(self, tokens):
        return self.embed(tokens).mean(1)


class WindowScorer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.encoder = LogLineEncoder()
        self.out = nn.Dense(8, 1)

    def construct(self, tokens, alert_flags):
        n_alerts = alert_flags.sum()
        lines = self.encoder(tokens)
        recent = lines[:n_alerts]
        return self.out(recent).mean()


def make():
    np.random.seed(6)
    tokens = Tensor(np.random.randint(0, 50, size=(12, 7)).astype(np.int32))
    flags = Tensor(np.array([1, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1, 0], dtype=np.int32))
    return WindowScorer(), (tokens, flags)
