# case: simulate sugar consumption day by day for as many days as the winemaker's planned maceration length tensor says, appending each day's sugar to a list -> loop count from tensor data, list grown in the loop, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MacerationSim(nn.Cell):
    def __init__(self):
        super().__init__()
        self.rate = ms.Parameter(Tensor(0.12, ms.float32))

    def day_step(self, sugar, temp):
        return sugar * (1.0 - self.rate * temp / 25.0)

    def construct(self, sugar0, temp, n_days):
        sugar = sugar0
        curve = []
        for _ in range(int(n_days)):
            sugar = self.day_step(sugar, temp)
            curve.append(sugar)
        return ops.stack(curve)


def make():
    np.random.seed(161)
    sugar0 = Tensor(np.array([235.0, 220.0], np.float32))
    temp = Tensor(np.array([24.0, 27.0], np.float32))
    n_days = Tensor(np.array(7, np.int32))
    return MacerationSim(), (sugar0, temp, n_days)
