# case: plan tuning-lathe passes to flatten a sharp nominal, the number of passes taken with int() of the cents error divided by cents-per-pass -> Python loop count from tensor data, expected error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def cents(f, ref):
    return 1200.0 * ops.log2(f / ref)


class LathePassPlanner(nn.Cell):
    def __init__(self, cents_per_pass=4.0, metal_per_pass_mm=0.3):
        super().__init__()
        self.cents_per_pass = cents_per_pass
        self.metal_per_pass_mm = metal_per_pass_mm

    def construct(self, nominal_hz, target_hz):
        err = cents(nominal_hz, target_hz)
        n_passes = int(ops.abs(err) / self.cents_per_pass)
        removed = Tensor(0.0, ms.float32)
        plan = []
        for i in range(n_passes):
            removed = removed + self.metal_per_pass_mm
            plan.append(removed)
        return ops.stack(plan), err


def make():
    return LathePassPlanner(), (Tensor(np.float32(529.0)), Tensor(np.float32(523.25)))
