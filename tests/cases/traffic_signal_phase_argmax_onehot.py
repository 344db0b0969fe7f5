# case: signal-timing policy scores phases from lane queues, picks the best with argmax and one-hot, and computes green-time allocation -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PhasePolicy(nn.Cell):
    def __init__(self, num_lanes=8, num_phases=4, min_green=5.0, max_green=40.0):
        super().__init__()
        self.num_phases = num_phases
        self.min_green = min_green
        self.max_green = max_green
        self.score = nn.SequentialCell(nn.Dense(num_lanes, 32), nn.ReLU(), nn.Dense(32, num_phases))
        self.duration = nn.Dense(num_lanes, 1)

    def construct(self, queues):
        logits = self.score(queues)
        phase = ops.argmax(logits, dim=-1)
        onehot = ops.one_hot(phase, self.num_phases, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        green = ops.sigmoid(self.duration(queues))
        green = self.min_green + (self.max_green - self.min_green) * green
        return onehot * green, phase


def make():
    np.random.seed(11)
    queues = Tensor(np.random.poisson(3, size=(5, 8)).astype(np.float32))
    return PhasePolicy(), (queues,)
