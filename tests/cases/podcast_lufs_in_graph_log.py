# case: compute LUFS with ops.log inside the graph and apply a tensor gain to hit -16 LUFS, keeping all maths on device -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LN10 = 2.302585093


class DeviceLoudnessNormalizer(nn.Cell):
    def __init__(self, target_lufs=-16.0, max_gain_db=20.0):
        super().__init__()
        self.target_lufs = target_lufs
        self.max_gain_db = max_gain_db

    def lufs(self, audio):
        ms_power = ops.mean(audio * audio, axis=-1, keep_dims=True)
        return -0.691 + 10.0 * ops.log(ms_power + 1e-12) / LN10

    def construct(self, audio):
        gain_db = ops.clamp(self.target_lufs - self.lufs(audio), -self.max_gain_db, self.max_gain_db)
        gain = ops.exp(gain_db / 20.0 * LN10)
        return ops.clamp(audio * gain, -1.0, 1.0)


def make():
    np.random.seed(108)
    audio = Tensor((np.random.randn(3, 400) * 0.05).astype(np.float32))
    return DeviceLoudnessNormalizer(), (audio,)
