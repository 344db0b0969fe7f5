# case: dispatcher builds a plain python DispatchTicket object inside construct to carry the chosen shovel and expected queue, then returns its fields -> python class instance created in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DispatchTicket:
    def __init__(self, shovel, wait):
        self.shovel = shovel
        self.wait = wait

    def penalised(self, factor):
        return self.wait * factor


class GreedyDispatcher(nn.Cell):
    def __init__(self, late_penalty=1.5):
        super().__init__()
        self.late_penalty = late_penalty

    def construct(self, queue_len, dig_rate_tph, travel_min):
        expected_wait = queue_len * (60.0 * 220.0 / dig_rate_tph) + travel_min
        best = ops.argmin(expected_wait)
        ticket = DispatchTicket(best, expected_wait[best])
        return ticket.shovel, ticket.penalised(self.late_penalty)


def make():
    np.random.seed(111)
    q = np.random.randint(0, 5, size=(6,)).astype(np.float32)
    rate = np.random.uniform(2000, 3500, size=(6,)).astype(np.float32)
    travel = np.random.uniform(3, 12, size=(6,)).astype(np.float32)
    return GreedyDispatcher(), (Tensor(q), Tensor(rate), Tensor(travel))
