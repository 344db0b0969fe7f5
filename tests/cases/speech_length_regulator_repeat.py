# case: FastSpeech-style length regulator expanding phoneme states by predicted durations with repeat_interleave -> dynamic shape at line 32
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DurationPredictor(nn.Cell):
    def __init__(self, dim=16, hidden=16):
        super().__init__()
        self.conv = nn.Conv1d(dim, hidden, 3, pad_mode="same")
        self.out = nn.Dense(hidden, 1)

    def construct(self, x):
        # x: (T, D)
        h = ops.relu(self.conv(x.T.expand_dims(0)))[0].T
        return self.out(h).squeeze(-1)


class LengthRegulator(nn.Cell):
    def __init__(self, dim=16, speed=1.0):
        super().__init__()
        self.predictor = DurationPredictor(dim)
        self.speed = speed

    def durations(self, x):
        log_dur = self.predictor(x)
        dur = ops.round(ops.exp(log_dur) * self.speed)
        return ops.clamp(dur, 1.0, 4.0).astype(ms.int32)

    def construct(self, phoneme_states):
        dur = self.durations(phoneme_states)
        frames = ops.repeat_interleave(phoneme_states, dur, axis=0)
        return frames, dur


def make():
    np.random.seed(3)
    x = Tensor(np.random.randn(6, 16).astype(np.float32))
    return LengthRegulator(), (x,)
