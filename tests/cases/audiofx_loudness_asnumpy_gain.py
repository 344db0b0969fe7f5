# case: loudness normaliser measures RMS in dBFS via .asnumpy() and numpy log10 inside construct, then scales the clip -> error (host round trip in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoudnessNormalizer(nn.Cell):
    def __init__(self, target_dbfs=-20.0):
        super().__init__()
        self.target_dbfs = target_dbfs

    def measure_dbfs(self, audio):
        rms = ops.sqrt((audio ** 2).mean())
        rms_np = rms.asnumpy()
        return 20.0 * np.log10(rms_np + 1e-9)

    def construct(self, audio):
        current = self.measure_dbfs(audio)
        gain_db = self.target_dbfs - current
        gain = 10.0 ** (gain_db / 20.0)
        return audio * Tensor(gain, ms.float32)


def make():
    np.random.seed(8)
    audio = Tensor((0.1 * np.random.randn(2, 256)).astype(np.float32))
    return LoudnessNormalizer(), (audio,)
