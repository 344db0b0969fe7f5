# case: converts the scheduled user ids tensor to a Python list with tolist and loops over it to accumulate rate -> tolist host round trip in construct, Graph mode error or fallback
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlotPlanner(nn.Cell):
    def __init__(self, slots=4):
        super().__init__()
        self.slots = slots

    def construct(self, priority, rate):
        _, order = ops.topk(priority, self.slots)
        plan = order.tolist()
        total = Tensor(0.0, ms.float32)
        for uid in plan:
            total = total + rate[uid]
        return order, total


def make():
    np.random.seed(18)
    prio = Tensor(np.random.uniform(0, 1, size=(10,)).astype(np.float32))
    rate = Tensor(np.random.uniform(1, 50, size=(10,)).astype(np.float32))
    return SlotPlanner(), (prio, rate)
