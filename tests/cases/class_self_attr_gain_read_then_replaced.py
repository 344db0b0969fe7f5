# case: construct reads its Python float gain, computes the new one from it and replaces it -> LAX dynamic at the read and the write, STRICT error at the write
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EnvelopeFollower(nn.Cell):
    def __init__(self, window=32):
        super().__init__()
        self.pool = nn.AvgPool1d(window, stride=window)

    def construct(self, audio):
        return ops.sqrt(self.pool((audio ** 2).expand_dims(1)).squeeze(1) + 1e-9)


class AutomaticGainControl(nn.Cell):
    def __init__(self, target_rms=0.1, smoothing=0.9, window=32):
        super().__init__()
        self.env = EnvelopeFollower(window)
        self.target_rms = target_rms
        self.smoothing = smoothing
        self.last_gain = 1.0

    def construct(self, audio):
        env = self.env(audio)
        inst_gain = self.target_rms / env.mean()
        gain = self.smoothing * self.last_gain + (1.0 - self.smoothing) * inst_gain
        gain = ops.clip(gain, 0.1, 10.0)
        self.last_gain = gain
        return audio * 2.0


def make():
    np.random.seed(21)
    audio = Tensor((0.02 * np.random.randn(2, 256)).astype(np.float32))
    return AutomaticGainControl(), (audio,)
