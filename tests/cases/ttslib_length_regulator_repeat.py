# case: FastSpeech length regulator expands phoneme hidden states by rounded predicted durations via repeat_interleave in a helper -> dynamic output length (data-dependent shape)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FastSpeechConfig:
    def __init__(self, hidden_size=32, duration_scale=1.0, min_duration=0):
        self.hidden_size = hidden_size
        self.duration_scale = duration_scale
        self.min_duration = min_duration


class DurationPredictor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.conv = nn.Conv1d(config.hidden_size, config.hidden_size, 3, pad_mode="pad", padding=1, has_bias=True)
        self.proj = nn.Dense(config.hidden_size, 1)
        self.relu = nn.ReLU()

    def construct(self, x):
        h = self.relu(self.conv(x.transpose(0, 2, 1))).transpose(0, 2, 1)
        return self.proj(h).squeeze(-1)


class LengthRegulator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.duration_scale = config.duration_scale
        self.min_duration = config.min_duration

    def _expand(self, hidden, durations):
        # hidden: (T_phone, C), durations: (T_phone,) int32
        return ops.repeat_interleave(hidden, durations, 0)

    def construct(self, hidden, log_durations):
        dur = ops.round(ops.exp(log_durations) * self.duration_scale)
        dur = ops.clamp(dur, min=float(self.min_duration)).astype(ms.int32)
        return self._expand(hidden[0], dur[0]).expand_dims(0)


class FastSpeechVarianceBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.duration_predictor = DurationPredictor(config)
        self.length_regulator = LengthRegulator(config)

    def construct(self, phoneme_hidden):
        log_dur = self.duration_predictor(phoneme_hidden)
        return self.length_regulator(phoneme_hidden, log_dur)


def make():
    np.random.seed(11)
    cfg = FastSpeechConfig()
    x = Tensor(np.random.randn(1, 12, cfg.hidden_size).astype(np.float32))
    return FastSpeechVarianceBlock(cfg), (x,)
