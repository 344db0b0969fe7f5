# case: timetable recovery step builds a plain Python record object inside construct and fills its fields with tensors -> plain class in graph, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecoveryPlan:
    def __init__(self):
        self.holds = None
        self.short_turns = None

    def total_hold(self):
        return self.holds.sum()


class TimetableRecovery(nn.Cell):
    def __init__(self, max_hold_s=120.0, short_turn_delay_s=480.0):
        super().__init__()
        self.max_hold = max_hold_s
        self.short_turn_delay = short_turn_delay_s

    def construct(self, delays_s):
        plan = RecoveryPlan()
        plan.holds = ops.clip_by_value(-delays_s, 0.0, self.max_hold)
        plan.short_turns = (delays_s > self.short_turn_delay).astype(ms.int32)
        return plan.total_hold(), plan.short_turns


def make():
    np.random.seed(3080)
    d = np.random.normal(60, 250, size=(14,)).astype(np.float32)
    return TimetableRecovery(), (Tensor(d),)
