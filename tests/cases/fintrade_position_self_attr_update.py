# case: strategy cell keeps its running position as a plain Python attribute and overwrites self.position inside construct -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StatefulStrategy(nn.Cell):
    def __init__(self, max_pos=100.0):
        super().__init__()
        self.max_pos = max_pos
        self.position = 0.0
        self.trades_done = 0

    def construct(self, signal, price):
        target = ops.clip_by_value(signal * self.max_pos, -self.max_pos, self.max_pos)
        trade = target - self.position
        self.position = target
        self.trades_done += 1
        cost = ops.abs(trade) * price * 1e-4
        return trade, cost


def make():
    np.random.seed(27)
    return StatefulStrategy(), (Tensor(np.float32(0.6)), Tensor(np.float32(101.5)))
