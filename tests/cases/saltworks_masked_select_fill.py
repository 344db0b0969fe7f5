# case: gate opening minutes for ponds whose brine is below target density, computed only over those ponds via masked_select -> data-dependent output length, expect dynamic shape or rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GateOpeningPlanner(nn.Cell):
    def __init__(self, target_density=1.21, gate_gain=0.8, max_minutes=90.0):
        super().__init__()
        self.target_density = target_density
        self.gate_gain = gate_gain
        self.max_minutes = max_minutes

    def minutes_for(self, level_gap_cm):
        return ops.clamp(self.gate_gain * level_gap_cm, 0.0, self.max_minutes)

    def construct(self, density, level_cm, design_level_cm):
        needs_fill = density < self.target_density
        gap = design_level_cm - level_cm
        gap_needed = ops.masked_select(gap, needs_fill)
        minutes = self.minutes_for(gap_needed)
        return minutes, minutes.sum()


def make():
    np.random.seed(5)
    n_ponds = 20
    density = Tensor(np.random.uniform(1.05, 1.25, size=(n_ponds,)).astype(np.float32))
    level = Tensor(np.random.uniform(10.0, 40.0, size=(n_ponds,)).astype(np.float32))
    design = Tensor(np.full((n_ponds,), 45.0, dtype=np.float32))
    return GateOpeningPlanner(), (density, level, design)
