# case: simulate timetable recovery by shaving slack from each following trip while the residual delay is positive, collecting the adjusted trips in a list -> loop count from data, expect error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DelayRecovery(nn.Cell):
    def __init__(self, slack_per_trip_s=45.0, max_trips=20):
        super().__init__()
        self.slack = slack_per_trip_s
        self.max_trips = max_trips

    def construct(self, initial_delay_s, planned_departures):
        delay = initial_delay_s
        adjusted = []
        i = 0
        while delay > 0:
            adjusted.append(planned_departures[i] + delay)
            delay = delay - self.slack
            i = i + 1
        if len(adjusted) == 0:
            return planned_departures[:1]
        return ops.stack(adjusted)


def make():
    np.random.seed(3069)
    planned = np.arange(0, 20 * 360, 360, dtype=np.float32)
    return DelayRecovery(), (Tensor(np.float32(200.0)), Tensor(planned))
