# case: simulate a cabinet drawer over a fixed 14-day window with a Python-int loop and a masked reorder trigger -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DrawerSimulator(nn.Cell):
    def __init__(self, par_level=20.0, restock_to=80.0, days=14):
        super().__init__()
        self.par_level = par_level
        self.restock_to = restock_to
        self.days = days

    def step(self, stock, use):
        stock = stock - use
        need = stock < self.par_level
        return ops.select(need, ops.ones_like(stock) * self.restock_to, stock), need

    def construct(self, stock, daily_use):
        levels = []
        orders = ops.zeros_like(stock)
        for d in range(self.days):
            stock, need = self.step(stock, daily_use[:, d])
            orders = orders + need.astype(ms.float32)
            levels.append(stock)
        return ops.stack(levels, axis=1), orders


def make():
    np.random.seed(72)
    stock = Tensor(np.random.uniform(30, 80, (5,)).astype(np.float32))
    use = Tensor(np.random.uniform(2, 12, (5, 14)).astype(np.float32))
    return DrawerSimulator(), (stock, use)
