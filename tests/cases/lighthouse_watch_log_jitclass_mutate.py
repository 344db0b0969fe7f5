# case: create a @ms.jit_class RotationState inside construct and overwrite its angle attribute in a loop over lamp panels -> jit_class mutated in construct, may be rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RotationState:
    def __init__(self, angle):
        self.angle = angle


class LampTurret(nn.Cell):
    def __init__(self, n_panels=4, deg_per_panel=90.0):
        super().__init__()
        self.n_panels = n_panels
        self.deg_per_panel = deg_per_panel

    def construct(self, start_deg):
        state = RotationState(start_deg)
        for _ in range(self.n_panels):
            state.angle = ops.fmod(state.angle + self.deg_per_panel, Tensor(360.0, ms.float32))
        return state.angle


def make():
    np.random.seed(3054)
    start = Tensor(np.float32(37.5))
    return LampTurret(), (start,)
