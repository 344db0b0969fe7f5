# case: turnaround time estimator splits the event sequence into deplaning and boarding halves using x.shape[0] // 2 -> slice bounds from static shape, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TurnaroundEstimator(nn.Cell):
    def __init__(self, n_event_feats=5, hidden=16):
        super().__init__()
        self.deplane_mlp = nn.Dense(n_event_feats, hidden)
        self.board_mlp = nn.Dense(n_event_feats, hidden)
        self.head = nn.Dense(2 * hidden, 1)
        self.relu = nn.ReLU()

    def construct(self, events):
        mid = events.shape[0] // 2
        deplane = self.relu(self.deplane_mlp(events[:mid])).mean(axis=0)
        board = self.relu(self.board_mlp(events[mid:])).mean(axis=0)
        h = ops.concat((deplane, board), axis=0).expand_dims(0)
        return (35.0 + 20.0 * self.head(h)).squeeze()


def make():
    np.random.seed(52)
    events = Tensor(np.random.randn(20, 5).astype(np.float32))
    return TurnaroundEstimator(), (events,)
