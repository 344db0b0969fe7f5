# case: turnaround time estimator keeps only the first n ground-handling events, n taken with .item() from an events-count tensor -> slice length from data, rejected or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TurnaroundEstimator(nn.Cell):
    def __init__(self, n_event_feats=5, hidden=16):
        super().__init__()
        self.event_mlp = nn.SequentialCell([nn.Dense(n_event_feats, hidden), nn.Tanh()])
        self.head = nn.Dense(hidden, 1)

    def construct(self, events, n_events):
        n = n_events.item()
        logged = events[:n]                  # padding rows dropped
        h = self.event_mlp(logged).mean(axis=0, keep_dims=True)
        minutes = 35.0 + 20.0 * self.head(h)
        return minutes.squeeze()


def make():
    np.random.seed(51)
    events = Tensor(np.random.randn(20, 5).astype(np.float32))
    n_events = Tensor(np.array(13, dtype=np.int32))
    return TurnaroundEstimator(), (events, n_events)
