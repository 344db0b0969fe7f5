# case: serves per-beam scheduling queues for a fixed number of rounds from the config, clamping backlog at zero and counting served bits -> constant loop over static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SchedulerConfig:
    max_rounds = 6
    service_rate = 50.0


class RoundRobinServer(nn.Cell):
    def __init__(self, cfg=SchedulerConfig()):
        super().__init__()
        self.rounds = cfg.max_rounds
        self.rate = cfg.service_rate

    def construct(self, backlog):
        served = ops.zeros_like(backlog)
        for _ in range(self.rounds):
            step = ops.minimum(backlog, self.rate)
            served = served + step
            backlog = backlog - step
        return served, backlog


def make():
    np.random.seed(39)
    q = Tensor(np.random.uniform(0, 400, size=(4, 3)).astype(np.float32))
    return RoundRobinServer(), (q,)
