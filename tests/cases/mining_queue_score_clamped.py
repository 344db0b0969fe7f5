# case: queue scorer that guards stopped shovels by clamping the dig rate and using ops.select for a fallback wait -> no exceptions, fixed shapes, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QueueScorerSafe(nn.Cell):
    def __init__(self, payload_t=220.0, fallback_min=30.0, temperature=5.0):
        super().__init__()
        self.payload_t = payload_t
        self.fallback_min = fallback_min
        self.temperature = temperature

    def load_time(self, dig_rate_tph):
        return 60.0 * self.payload_t / ops.clamp(dig_rate_tph, min=1.0)

    def construct(self, queue_len, dig_rate_tph, travel_min):
        stopped = dig_rate_tph < 1.0
        wait = queue_len * self.load_time(dig_rate_tph)
        wait = ops.select(stopped, ops.ones_like(wait) * self.fallback_min, wait)
        score = wait + travel_min
        return ops.softmax(-score / self.temperature)


def make():
    np.random.seed(152)
    q = np.random.randint(0, 5, size=(6,)).astype(np.float32)
    rate = np.random.uniform(2000, 3500, size=(6,)).astype(np.float32)
    rate[4] = 0.0
    travel = np.random.uniform(3, 12, size=(6,)).astype(np.float32)
    return QueueScorerSafe(), (Tensor(q), Tensor(rate), Tensor(travel))
