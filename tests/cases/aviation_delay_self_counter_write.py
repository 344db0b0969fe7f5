# case: flight delay predictor keeps a running count of scored batches by writing self.batches_seen inside construct -> attribute of self mutated in construct, may be rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DelayPredictor(nn.Cell):
    def __init__(self, n_features=10, hidden=24):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(n_features, hidden), nn.ReLU(), nn.Dense(hidden, 1)])
        self.batches_seen = 0
        self.last_mean_delay = None

    def construct(self, x):
        delay = self.body(x).squeeze(-1)
        self.batches_seen = self.batches_seen + 1
        self.last_mean_delay = delay.mean()
        return delay


def make():
    np.random.seed(111)
    x = Tensor(np.random.randn(16, 10).astype(np.float32))
    return DelayPredictor(), (x,)
