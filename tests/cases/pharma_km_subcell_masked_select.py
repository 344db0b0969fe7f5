# case: Kaplan-Meier style estimator whose sub-Cell extracts event times with masked_select before computing survival steps -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EventTimeExtractor(nn.Cell):
    def construct(self, times, events):
        return ops.masked_select(times, events > 0)


class KaplanMeier(nn.Cell):
    def __init__(self):
        super().__init__()
        self.extract = EventTimeExtractor()

    def construct(self, times, events):
        event_times = self.extract(times, events)
        sorted_times, _ = ops.sort(event_times)
        at_risk = (times.expand_dims(0) >= sorted_times.expand_dims(1)).astype(ms.float32).sum(axis=1)
        survival = ops.cumprod(1.0 - 1.0 / at_risk, 0)
        return sorted_times, survival


def make():
    np.random.seed(35)
    times = np.random.uniform(1, 36, size=12).astype(np.float32)
    events = np.random.binomial(1, 0.6, size=12).astype(np.int32)
    return KaplanMeier(), (Tensor(times), Tensor(events))
