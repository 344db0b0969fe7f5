# case: simulate climb steps until the balloon reaches target altitude, appending each altitude to the track with concat -> while on tensor value growing a tensor, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClimbSimulator(nn.Cell):
    def __init__(self, climb_rate_mps=2.5, dt_s=10.0):
        super().__init__()
        self.step_m = climb_rate_mps * dt_s

    def construct(self, start_alt, target_alt):
        alt = start_alt
        track = alt.reshape(1)
        while alt < target_alt:
            alt = alt + self.step_m
            track = ops.concat((track, alt.reshape(1)))
        return track


def make():
    np.random.seed(71)
    start = Tensor(np.array(300.0, dtype=np.float32))
    target = Tensor(np.array(500.0, dtype=np.float32))
    return ClimbSimulator(), (start, target)
