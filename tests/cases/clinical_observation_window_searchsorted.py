# case: prediction-window model that finds the window start with searchsorted on event times and slices events from there -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ObservationWindow(nn.Cell):
    def __init__(self, window_hours=24.0):
        super().__init__()
        self.window_hours = window_hours

    def construct(self, event_times, prediction_time):
        start = prediction_time - self.window_hours
        first = ops.searchsorted(event_times, start.reshape(1))
        return first[0]


class WindowedEventModel(nn.Cell):
    def __init__(self, n_feats=4, hidden=8, window_hours=24.0):
        super().__init__()
        self.window = ObservationWindow(window_hours)
        self.enc = nn.Dense(n_feats, hidden)
        self.out = nn.Dense(hidden, 1)

    def construct(self, event_times, event_feats, prediction_time):
        first = self.window(event_times, prediction_time)
        recent = event_feats[first:]
        h = ops.relu(self.enc(recent)).max(axis=0)
        return ops.sigmoid(self.out(h))


def make():
    np.random.seed(33)
    times = Tensor(np.sort(np.random.uniform(0, 72, 10)).astype(np.float32))
    feats = Tensor(np.random.randn(10, 4).astype(np.float32))
    return WindowedEventModel(), (times, feats, Tensor(72.0, ms.float32))
