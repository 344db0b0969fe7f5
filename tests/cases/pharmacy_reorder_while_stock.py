# case: simulate days until a cabinet drawer hits its reorder point, looping while stock stays above par and appending each day's level -> graph mode rejects or unrolls a data-dependent growing list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DrawerSimulator(nn.Cell):
    def __init__(self, par_level=20.0, max_days=30):
        super().__init__()
        self.par_level = par_level
        self.max_days = max_days

    def construct(self, stock, daily_use):
        levels = []
        day = 0
        while stock > self.par_level:
            stock = stock - daily_use
            levels.append(stock)
            day += 1
            if day >= self.max_days:
                break
        trajectory = ops.stack(levels)
        return trajectory


def make():
    np.random.seed(71)
    stock = Tensor(np.array(60.0, np.float32))
    daily_use = Tensor(np.array(7.5, np.float32))
    return DrawerSimulator(), (stock, daily_use)
