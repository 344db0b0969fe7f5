# case: FastSpeech length regulator expands phoneme states by predicted integer durations with repeat_interleave -> dynamic shape at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DurationPredictor(nn.Cell):
    def __init__(self, dim, hidden):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(dim, hidden), nn.ReLU(), nn.Dense(hidden, 1))

    def construct(self, x):
        return self.net(x).squeeze(-1)


class LengthRegulator(nn.Cell):
    def __init__(self, dim=8, hidden=16, duration_scale=1.0, max_duration=4):
        super().__init__()
        self.duration_predictor = DurationPredictor(dim, hidden)
        self.duration_scale = duration_scale
        self.max_duration = max_duration

    def predict_durations(self, x):
        log_dur = self.duration_predictor(x)
        dur = ops.round(ops.exp(log_dur) * self.duration_scale)
        return dur.clamp(1, self.max_duration).astype(ms.int32)

    def construct(self, phonemes):
        # phonemes: (num_phonemes, dim), single utterance
        durations = self.predict_durations(phonemes)
        frames = ops.repeat_interleave(phonemes, durations, axis=0)
        return frames, durations


def make():
    np.random.seed(19)
    ph = np.random.randn(5, 8).astype(np.float32)
    return LengthRegulator(), (Tensor(ph),)
