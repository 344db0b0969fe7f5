# case: branch on a tensor condition (clip louder than target) but both branches return a gain of the same shape -> static (control flow, no shape change)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GainSmoother(nn.Cell):
    def __init__(self, target_rms=0.1, attack=0.5, release=0.1):
        super().__init__()
        self.target_rms = target_rms
        self.attack = attack
        self.release = release

    def construct(self, chunk, prev_gain):
        rms = ops.sqrt(ops.mean(chunk * chunk) + 1e-9)
        wanted = self.target_rms / rms
        if wanted < prev_gain:
            gain = prev_gain + self.attack * (wanted - prev_gain)
        else:
            gain = prev_gain + self.release * (wanted - prev_gain)
        return chunk * gain, gain


def make():
    np.random.seed(115)
    chunk = Tensor((np.random.randn(1, 256) * 0.3).astype(np.float32))
    return GainSmoother(), (chunk, Tensor(1.0, ms.float32))
