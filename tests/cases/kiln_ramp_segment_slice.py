# case: firing-curve controller trims the programmed ramp table to the number of active segments read from the controller tensor -> slice length from data, expect Graph mode to fail or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_SEGMENTS = 12


class RampController(nn.Cell):
    def __init__(self, hidden=16):
        super().__init__()
        self.encode = nn.Dense(3, hidden)
        self.head = nn.Dense(hidden, 1)
        self.act = nn.ReLU()

    def _segment_features(self, ramps):
        # ramps: (segments, 3) = [target_c, rate_c_per_h, hold_min]
        rate = ramps[:, 1:2] / 100.0
        return ops.concat((ramps[:, 0:1] / 1300.0, rate, ramps[:, 2:3] / 60.0), axis=1)

    def construct(self, ramps, active_segments):
        n_active = int(active_segments)
        program = ramps[:n_active]
        feats = self._segment_features(program)
        h = self.act(self.encode(feats))
        return self.head(h).sum()


def make():
    np.random.seed(316)
    ramps = np.zeros((MAX_SEGMENTS, 3), dtype=np.float32)
    ramps[:, 0] = np.linspace(200, 1240, MAX_SEGMENTS)
    ramps[:, 1] = np.random.uniform(50, 150, MAX_SEGMENTS)
    ramps[:, 2] = np.random.uniform(0, 30, MAX_SEGMENTS)
    return RampController(), (Tensor(ramps), Tensor(np.array(7, dtype=np.int32)))
