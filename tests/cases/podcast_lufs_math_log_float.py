# case: convert mean-square power to LUFS with math.log10(float(t)) inside construct and scale the audio by the resulting gain -> error (float()/math on tensor in graph)
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KWeightedLoudness(nn.Cell):
    def __init__(self, target=-19.0):
        super().__init__()
        self.target = target
        self.shelf = nn.Conv1d(1, 1, kernel_size=3, pad_mode="same", has_bias=False)

    def construct(self, audio):
        weighted = self.shelf(audio.expand_dims(1)).squeeze(1)
        power = ops.mean(weighted * weighted)
        lufs = -0.691 + 10.0 * math.log10(float(power) + 1e-12)
        gain = math.pow(10.0, (self.target - lufs) / 20.0)
        return audio * gain


def make():
    np.random.seed(7)
    audio = Tensor((np.random.randn(2, 256) * 0.1).astype(np.float32))
    return KWeightedLoudness(), (audio,)
