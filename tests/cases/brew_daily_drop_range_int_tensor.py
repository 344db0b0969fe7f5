# case: accumulates daily gravity drops over a number of fermentation days passed as a tensor, looping for i in range(int(days)) -> loop count from a tensor value, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DailyDropAccumulator(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, sg_daily, n_days):
        total = ops.zeros((), ms.float32)
        for d in range(int(n_days)):
            total = total + (sg_daily[d] - sg_daily[d + 1])
        return total, total / n_days


def make():
    np.random.seed(25)
    sg = np.sort(np.random.uniform(1.010, 1.055, size=10))[::-1].astype(np.float32)
    return DailyDropAccumulator(), (Tensor(sg.copy()), Tensor(6, ms.int32))
