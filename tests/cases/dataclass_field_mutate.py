# case: mutable @dataclass TrainState from __init__; construct increments its step field and stores the last loss tensor on it; attribute store on a plain dataclass is expected to fail at STRICT
from dataclasses import dataclass, field
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@dataclass
class TrainState:
    step: int = 0
    history: list = field(default_factory=list)


class LossWrapper(nn.Cell):
    def __init__(self):
        super().__init__()
        self.net = nn.Dense(4, 1)
        self.state = TrainState()

    def construct(self, x, y):
        pred = self.net(x).squeeze(-1)
        loss = ops.mse_loss(pred, y)
        self.state.step += 1
        return loss * self.state.step


def make():
    x = Tensor(np.ones((3, 4), np.float32))
    y = Tensor(np.zeros((3,), np.float32))
    return LossWrapper(), (x, y)
