# case: print an f-string summary with the number and max score of alerts inside construct while scoring log lines -> print/f-string of tensor data in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LogLineScorer(nn.Cell):
    def __init__(self, vocab=40, dim=6, alert_level=0.6, verbose=True):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.fc = nn.Dense(dim, 1)
        self.alert_level = alert_level
        self.verbose = verbose

    def construct(self, token_ids):
        h = self.embed(token_ids).mean(1)
        scores = ops.sigmoid(self.fc(h)).squeeze(-1)
        n_alerts = (scores > self.alert_level).astype(ms.int32).sum()
        if self.verbose:
            print(f"window: {n_alerts} alerts, max score {scores.max()}")
        return scores


def make():
    np.random.seed(12)
    tokens = Tensor(np.random.randint(0, 40, size=(6, 10)).astype(np.int32))
    return LogLineScorer(), (tokens,)
