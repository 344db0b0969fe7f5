# case: simulates the final landing descent in a while loop on the tensor altitude, updating altitude and vertical speed of fixed shape each tick -> tensor-conditioned loop with shape-stable state, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LandingDescent(nn.Cell):
    def __init__(self, dt=0.1, touchdown=0.05, flare_alt=1.0):
        super().__init__()
        self.dt = dt
        self.touchdown = touchdown
        self.flare_alt = flare_alt

    def target_speed(self, alt):
        return ops.where(alt > self.flare_alt, ops.full_like(alt, -1.0), ops.full_like(alt, -0.3))

    def construct(self, alt, vz):
        ticks = ops.zeros((), ms.int32)
        while alt > self.touchdown:
            vz = vz + 0.5 * (self.target_speed(alt) - vz)
            alt = alt + vz * self.dt
            ticks = ticks + 1
        return alt, vz, ticks


def make():
    np.random.seed(38)
    alt = Tensor(np.array(3.0, dtype=np.float32))
    vz = Tensor(np.array(0.0, dtype=np.float32))
    return LandingDescent(), (alt, vz)
