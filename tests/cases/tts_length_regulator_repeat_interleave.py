# case: FastSpeech length regulator expands phoneme features by predicted integer durations with ops.repeat_interleave; output length data-dependent -> dynamic or error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DurationPredictor(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.fc = nn.Dense(dim, 1)

    def construct(self, x):
        return ops.relu(self.fc(x)).squeeze(-1)


class LengthRegulator(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.dur = DurationPredictor(dim)

    def construct(self, x):
        d = ops.round(self.dur(x) * 3 + 1).astype(ms.int32)
        return ops.repeat_interleave(x, d, axis=0)


def make():
    return LengthRegulator(), (Tensor(np.random.randn(5, 8).astype(np.float32)),)
