# case: average dwell time per stop with unsorted_segment_sum over a fixed number of stops on the line -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_STOPS_ON_LINE = 12


class StopDwellTable(nn.Cell):
    def __init__(self, n_stops=N_STOPS_ON_LINE, min_visits=1.0):
        super().__init__()
        self.n_stops = n_stops
        self.min_visits = min_visits

    def construct(self, stop_ids, dwell_s):
        totals = ops.unsorted_segment_sum(dwell_s, stop_ids, self.n_stops)
        visits = ops.unsorted_segment_sum(ops.ones_like(dwell_s), stop_ids, self.n_stops)
        mean_dwell = totals / ops.maximum(visits, self.min_visits)
        busiest = ops.argmax(mean_dwell)
        return mean_dwell, busiest


def make():
    np.random.seed(3068)
    ids = np.random.randint(0, N_STOPS_ON_LINE, size=(50,)).astype(np.int32)
    dwell = np.random.gamma(3.0, 8.0, size=(50,)).astype(np.float32)
    return StopDwellTable(), (Tensor(ids), Tensor(dwell))
