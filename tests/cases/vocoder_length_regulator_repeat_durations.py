# case: vocoder front end length regulator expands phoneme features by predicted integer durations -> dynamic shape at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DurationPredictor(nn.Cell):
    def __init__(self, dim=8, hidden=8):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(dim, hidden), nn.ReLU(), nn.Dense(hidden, 1)])

    def construct(self, x):
        return ops.relu(self.net(x)).squeeze(-1)


class LengthRegulator(nn.Cell):
    def __init__(self, dim=8, speed=1.0):
        super().__init__()
        self.predictor = DurationPredictor(dim)
        self.speed = speed

    def construct(self, phon):
        # phon: (N, dim) for a single utterance
        log_dur = self.predictor(phon)
        dur = ops.round(ops.exp(log_dur) * self.speed).astype(ms.int32)
        frames = ops.repeat_interleave(phon, dur, axis=0)
        return frames


def make():
    np.random.seed(25)
    ms.set_seed(25)
    phon = np.random.randn(5, 8).astype(np.float32)
    return LengthRegulator(), (Tensor(phon),)
