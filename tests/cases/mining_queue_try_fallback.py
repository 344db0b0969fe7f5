# case: queue scorer wraps the shovel wait-time division in try/except with a fallback score for a stopped shovel -> try statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QueueScorer(nn.Cell):
    def __init__(self, payload_t=220.0, fallback_min=30.0):
        super().__init__()
        self.payload_t = payload_t
        self.fallback_min = fallback_min

    def load_time(self, dig_rate_tph):
        return 60.0 * self.payload_t / dig_rate_tph

    def construct(self, queue_len, dig_rate_tph, travel_min):
        try:
            wait = queue_len * self.load_time(dig_rate_tph)
        except ZeroDivisionError:
            wait = ops.ones_like(queue_len) * self.fallback_min
        score = wait + travel_min
        return ops.softmax(-score / 5.0)


def make():
    np.random.seed(151)
    q = np.random.randint(0, 5, size=(6,)).astype(np.float32)
    rate = np.random.uniform(2000, 3500, size=(6,)).astype(np.float32)
    travel = np.random.uniform(3, 12, size=(6,)).astype(np.float32)
    return QueueScorer(), (Tensor(q), Tensor(rate), Tensor(travel))
