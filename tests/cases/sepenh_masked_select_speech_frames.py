# case: gathers only speech frames with masked_select to compute a speech-only noise floor estimate -> masked_select output length depends on data (dynamic shape)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NoiseFloorEstimator(nn.Cell):
    def __init__(self, vad_threshold=0.5, floor_scale=0.1):
        super().__init__()
        self.vad_threshold = vad_threshold
        self.floor_scale = floor_scale
        self.vad_head = nn.Dense(16, 1)

    def speech_prob(self, spec):
        return ops.sigmoid(self.vad_head(spec)).squeeze(-1)

    def construct(self, spec):
        # spec: (frames, bins)
        prob = self.speech_prob(spec)
        noise_mask = prob < self.vad_threshold
        frame_energy = ops.mean(spec, axis=1)
        noise_frames = ops.masked_select(frame_energy, noise_mask)
        floor = noise_frames.mean() * self.floor_scale
        return ops.relu(spec - floor)


def make():
    np.random.seed(1)
    spec = np.abs(np.random.randn(24, 16)).astype(np.float32)
    return NoiseFloorEstimator(), (Tensor(spec),)
