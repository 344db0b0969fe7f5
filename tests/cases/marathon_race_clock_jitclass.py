# case: a @ms.jit_class RaceClock is instantiated inside construct and its elapsed attribute is advanced per checkpoint before returning the clock -> jit_class created, mutated and returned in construct, expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RaceClock:
    def __init__(self, gun_time):
        self.gun_time = gun_time
        self.elapsed = gun_time * 0

    def tick(self, t):
        self.elapsed = t - self.gun_time


class CheckpointClock(nn.Cell):
    def __init__(self, n_checkpoints=6):
        super().__init__()
        self.n_checkpoints = n_checkpoints

    def construct(self, gun_time, cp_times):
        clock = RaceClock(gun_time)
        for i in range(self.n_checkpoints):
            clock.tick(cp_times[i])
        return clock


def make():
    np.random.seed(181)
    gun = Tensor(np.float32(32400.0))
    cp = (32400.0 + np.cumsum(np.random.normal(1800, 60, 6))).astype(np.float32)
    return CheckpointClock(), (gun, Tensor(cp))
