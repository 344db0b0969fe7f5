# case: plan a fixed budget of tuning-lathe passes and clamp each pass with ops.select once the nominal is within tolerance -> loop over a Python constant with select, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def cents(f, ref):
    return 1200.0 * ops.log2(f / ref)


class LathePassPlanner(nn.Cell):
    def __init__(self, max_passes=12, cents_per_pass=4.0, metal_per_pass_mm=0.3, tol_cents=2.0):
        super().__init__()
        self.max_passes = max_passes
        self.cents_per_pass = cents_per_pass
        self.metal_per_pass_mm = metal_per_pass_mm
        self.tol_cents = tol_cents

    def construct(self, nominal_hz, target_hz):
        err = ops.abs(cents(nominal_hz, target_hz))
        removed = ops.zeros_like(err)
        plan = []
        for _ in range(self.max_passes):
            still_sharp = err > self.tol_cents
            cut = ops.select(still_sharp, ops.full_like(err, self.metal_per_pass_mm), ops.zeros_like(err))
            removed = removed + cut
            err = err - ops.select(still_sharp, ops.full_like(err, self.cents_per_pass), ops.zeros_like(err))
            plan.append(removed)
        return ops.stack(plan), err


def make():
    f = np.array([529.0, 1050.0, 262.5], dtype=np.float32)
    t = np.array([523.25, 1046.5, 261.63], dtype=np.float32)
    return LathePassPlanner(), (Tensor(f), Tensor(t))
