# case: firing-curve controller keeps the first N programmed segments where N is a constructor setting -> constant slice, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RampController(nn.Cell):
    def __init__(self, n_segments=7, hidden=16):
        super().__init__()
        self.n_segments = n_segments
        self.encode = nn.Dense(3, hidden)
        self.head = nn.Dense(hidden, 1)
        self.act = nn.ReLU()

    def _segment_features(self, ramps):
        rate = ramps[:, 1:2] / 100.0
        return ops.concat((ramps[:, 0:1] / 1300.0, rate, ramps[:, 2:3] / 60.0), axis=1)

    def construct(self, ramps):
        program = ramps[:self.n_segments]
        feats = self._segment_features(program)
        h = self.act(self.encode(feats))
        return self.head(h).sum()


def make():
    np.random.seed(3161)
    ramps = np.zeros((12, 3), dtype=np.float32)
    ramps[:, 0] = np.linspace(200, 1240, 12)
    ramps[:, 1] = np.random.uniform(50, 150, 12)
    ramps[:, 2] = np.random.uniform(0, 30, 12)
    return RampController(n_segments=7), (Tensor(ramps),)
