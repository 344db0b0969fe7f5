# case: FastSpeech-style length regulator that expands phoneme encodings by durations predicted from the data (ops.repeat_interleave with a tensor of repeats) before the mel decoder -> Graph mode should go dynamic or reject (output length from data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VarianceAdaptorConfig:
    def __init__(self, d_model=16, duration_kernel=3, min_duration=1, use_gt_durations=False):
        self.d_model = d_model
        self.duration_kernel = duration_kernel
        self.min_duration = min_duration
        self.use_gt_durations = use_gt_durations


class DurationPredictor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.conv = nn.Conv1d(config.d_model, config.d_model, config.duration_kernel, pad_mode="same")
        self.norm = nn.LayerNorm((config.d_model,))
        self.proj = nn.Dense(config.d_model, 1)

    def construct(self, h):
        x = ops.relu(self.conv(h.transpose(0, 2, 1))).transpose(0, 2, 1)
        return self.proj(self.norm(x)).squeeze(-1)


def durations_from_log(log_dur, min_duration):
    return ops.clamp(ops.round(ops.exp(log_dur) - 1.0), min=min_duration).astype(ms.int32)


class LengthRegulator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.predictor = DurationPredictor(config)
        self.min_duration = config.min_duration
        self.use_gt_durations = config.use_gt_durations

    def construct(self, phone_h, gt_durations=None):
        log_dur = self.predictor(phone_h)
        if self.use_gt_durations and gt_durations is not None:
            durations = gt_durations
        else:
            durations = durations_from_log(log_dur, self.min_duration)
        frames = ops.repeat_interleave(phone_h[0], durations[0], axis=0)
        return frames.expand_dims(0), log_dur


def make():
    np.random.seed(3342)
    net = LengthRegulator(VarianceAdaptorConfig())
    phone_h = Tensor(np.random.randn(1, 7, 16).astype(np.float32))
    return net, (phone_h,)
