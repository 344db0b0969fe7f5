# case: brine header temperature monitor that logs the supply/return delta with a plain print of a string and a tensor -> print of tensors is supported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BrineHeaderMonitorPlain(nn.Cell):
    def __init__(self, alarm_delta_c=2.5, verbose=True):
        super().__init__()
        self.alarm_delta_c = alarm_delta_c
        self.verbose = verbose

    def construct(self, supply_c, return_c):
        delta = return_c - supply_c
        worst = delta.max()
        if self.verbose:
            print("brine header delta max (C):", worst)
        alarm = (delta > self.alarm_delta_c).astype(ms.float32)
        return delta, alarm


def make():
    np.random.seed(3137)
    sup = np.random.uniform(-9.0, -7.0, size=(10,)).astype(np.float32)
    ret = sup + np.random.uniform(1.0, 3.5, size=(10,)).astype(np.float32)
    return BrineHeaderMonitorPlain(), (Tensor(sup), Tensor(ret))
