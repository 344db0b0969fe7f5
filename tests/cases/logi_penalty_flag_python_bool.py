# case: route cost Cell with a Python bool constructor flag that adds an overtime penalty branch -> branch on a Python bool is resolved at compile time, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShiftCost(nn.Cell):
    def __init__(self, use_overtime=True, shift_hours=8.0, overtime_rate=1.5):
        super().__init__()
        self.use_overtime = use_overtime
        self.shift_hours = shift_hours
        self.overtime_rate = overtime_rate

    def construct(self, driving_hours, wage):
        base = driving_hours * wage
        if self.use_overtime:
            extra = ops.relu(driving_hours - self.shift_hours)
            base = base + extra * wage * (self.overtime_rate - 1.0)
        return base.sum()


def make():
    np.random.seed(28)
    hours = Tensor(np.random.uniform(5, 11, size=(6,)).astype(np.float32))
    wage = Tensor(np.float32(22.0))
    return ShiftCost(), (hours, wage)
