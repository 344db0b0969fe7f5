# case: construct builds plain Python SeismicEvent objects holding origin time and magnitude and returns their fields -> instantiating a user Python class inside construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeismicEvent:
    def __init__(self, origin_time, magnitude):
        self.origin_time = origin_time
        self.magnitude = magnitude

    def is_felt(self):
        return self.magnitude > 2.5


class EventBuilder(nn.Cell):
    def __init__(self, sampling_rate=50.0):
        super().__init__()
        self.sampling_rate = sampling_rate

    def construct(self, prob, log_amp):
        idx = ops.argmax(prob)
        event = SeismicEvent(idx.astype(ms.float32) / self.sampling_rate, log_amp.max() + 1.2)
        event.magnitude = event.magnitude - 0.1
        return event.origin_time, event.magnitude


def make():
    np.random.seed(18)
    prob = np.random.rand(40).astype(np.float32)
    log_amp = np.random.randn(40).astype(np.float32)
    return EventBuilder(), (Tensor(prob), Tensor(log_amp))
