# case: compute integrated loudness on host with .asnumpy() and NumPy, then apply gain to reach a -16 LUFS target -> error in graph mode (asnumpy on tensor)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoudnessNormalizer(nn.Cell):
    def __init__(self, target_lufs=-16.0):
        super().__init__()
        self.target_lufs = target_lufs

    def measure_lufs(self, audio):
        ms_power = np.mean(audio.asnumpy() ** 2)
        return -0.691 + 10.0 * np.log10(ms_power + 1e-12)

    def construct(self, audio):
        lufs = self.measure_lufs(audio)
        gain_db = self.target_lufs - lufs
        gain = 10.0 ** (gain_db / 20.0)
        return ops.clip_by_value(audio * gain, -1.0, 1.0)


def make():
    np.random.seed(4)
    audio = Tensor((np.random.randn(2, 400) * 0.05).astype(np.float32))
    return LoudnessNormalizer(), (audio,)
