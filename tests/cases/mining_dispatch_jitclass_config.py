# case: dispatcher reads penalty weights from an @ms.jit_class config object created in __init__ and only read in construct -> jit_class attributes read-only, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class DispatchWeights:
    def __init__(self):
        self.queue_weight = 1.0
        self.travel_weight = 0.8
        self.payload_t = 220.0


class WeightedDispatcher(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = DispatchWeights()

    def construct(self, queue_len, dig_rate_tph, travel_min):
        load_min = 60.0 * self.w.payload_t / dig_rate_tph
        score = self.w.queue_weight * queue_len * load_min + self.w.travel_weight * travel_min
        best = ops.argmin(score)
        return best, score


def make():
    np.random.seed(112)
    q = np.random.randint(0, 5, size=(6,)).astype(np.float32)
    rate = np.random.uniform(2000, 3500, size=(6,)).astype(np.float32)
    travel = np.random.uniform(3, 12, size=(6,)).astype(np.float32)
    return WeightedDispatcher(), (Tensor(q), Tensor(rate), Tensor(travel))
