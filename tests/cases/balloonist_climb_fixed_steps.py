# case: simulate a fixed number of climb steps, clamping at target altitude, track stacked at the end -> loop over range(python int), expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClimbSimulator(nn.Cell):
    def __init__(self, climb_rate_mps=2.5, dt_s=10.0, n_steps=12):
        super().__init__()
        self.step_m = climb_rate_mps * dt_s
        self.n_steps = n_steps

    def construct(self, start_alt, target_alt):
        alt = start_alt
        track = []
        for _ in range(self.n_steps):
            alt = ops.minimum(alt + self.step_m, target_alt)
            track.append(alt)
        return ops.stack(track)


def make():
    np.random.seed(72)
    start = Tensor(np.array(300.0, dtype=np.float32))
    target = Tensor(np.array(500.0, dtype=np.float32))
    return ClimbSimulator(), (start, target)
