# case: battery agent discharges step by step while state of charge stays above reserve, appending each step to a list -> while on tensor with growing list, error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyDischargeAgent(nn.Cell):
    def __init__(self, capacity_kwh=13.5, reserve=0.2, step_kw=1.5):
        super().__init__()
        self.capacity = capacity_kwh
        self.reserve = reserve
        self.step_kw = step_kw

    def construct(self, soc, demand):
        schedule = []
        t = 0
        while soc > self.reserve and t < 24:
            power = ops.minimum(demand[t], self.step_kw)
            soc = soc - power / self.capacity
            schedule.append(power)
            t += 1
        return ops.stack(schedule), soc


def make():
    np.random.seed(4)
    demand = np.random.uniform(0.5, 2.5, size=(24,)).astype(np.float32)
    return GreedyDischargeAgent(), (Tensor(0.9, ms.float32), Tensor(demand))
