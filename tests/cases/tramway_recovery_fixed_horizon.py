# case: propagate an initial delay over a fixed 8-trip horizon, absorbing slack per trip with ops.maximum -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DelayPropagation(nn.Cell):
    def __init__(self, slack_per_trip_s=45.0, horizon=8):
        super().__init__()
        self.slack = slack_per_trip_s
        self.horizon = horizon

    def construct(self, initial_delay_s, planned_departures):
        delay = initial_delay_s
        out = []
        for i in range(self.horizon):
            out.append(planned_departures[i] + delay)
            delay = ops.maximum(delay - self.slack, 0.0)
        actual = ops.stack(out)
        recovered_at = (actual - planned_departures[:self.horizon] <= 0).astype(ms.int32).argmax()
        return actual, recovered_at


def make():
    np.random.seed(3070)
    planned = np.arange(0, 20 * 360, 360, dtype=np.float32)
    return DelayPropagation(), (Tensor(np.float32(200.0)), Tensor(planned))
