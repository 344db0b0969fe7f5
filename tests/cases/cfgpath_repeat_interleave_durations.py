# case: TTS length regulator expands phoneme frames by predicted durations with repeat_interleave -> dynamic shape at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VarianceAdaptorConfig:
    def __init__(self, hidden=8, use_gt_duration=True, max_duration=4):
        self.hidden = hidden
        self.use_gt_duration = use_gt_duration
        self.max_duration = max_duration


class LengthRegulator(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg or VarianceAdaptorConfig()
        self.duration_predictor = nn.Dense(cfg.hidden, 1)
        self.use_gt_duration = cfg.use_gt_duration
        self.max_duration = cfg.max_duration

    def _predict_durations(self, h):
        d = ops.relu(self.duration_predictor(h)).squeeze(-1)
        return ops.clip_by_value(ops.round(d), 1.0, float(self.max_duration)).astype(ms.int32)

    def construct(self, phonemes, durations=None):
        if durations is None or not self.use_gt_duration:
            durations = self._predict_durations(phonemes)
        frames = ops.repeat_interleave(phonemes, durations, 0)
        return frames


def make():
    np.random.seed(19)
    ph = Tensor(np.random.randn(4, 8).astype(np.float32))
    dur = Tensor(np.array([1, 3, 2, 1], dtype=np.int32))
    return LengthRegulator(), (ph, dur)
