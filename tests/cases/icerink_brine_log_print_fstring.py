# case: brine header temperature monitor that logs the supply/return delta with an f-string of a tensor inside construct -> f-string formatting of a tensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BrineHeaderMonitor(nn.Cell):
    def __init__(self, alarm_delta_c=2.5, verbose=True):
        super().__init__()
        self.alarm_delta_c = alarm_delta_c
        self.verbose = verbose

    def construct(self, supply_c, return_c):
        delta = return_c - supply_c
        worst = delta.max()
        if self.verbose:
            print(f"brine header delta max={worst} C over {delta.shape[0]} circuits")
        alarm = (delta > self.alarm_delta_c).astype(ms.float32)
        return delta, alarm


def make():
    np.random.seed(3136)
    sup = np.random.uniform(-9.0, -7.0, size=(10,)).astype(np.float32)
    ret = sup + np.random.uniform(1.0, 3.5, size=(10,)).astype(np.float32)
    return BrineHeaderMonitor(), (Tensor(sup), Tensor(ret))
