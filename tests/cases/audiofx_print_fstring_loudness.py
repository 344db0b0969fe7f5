# case: loudness meter logs the measured LUFS-like value with an f-string print inside construct before applying gain -> static or error (print of tensor data in f-string)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoudnessMeter(nn.Cell):
    def __init__(self, target=-23.0, verbose=True):
        super().__init__()
        self.target = target
        self.verbose = verbose

    def construct(self, audio):
        power = (audio ** 2).mean()
        loudness = -0.691 + 10.0 * ops.log(power + 1e-10) / 2.302585
        if self.verbose:
            print(f"measured loudness {loudness} dB, target {self.target}")
        gain = ops.pow(10.0, (self.target - loudness) / 20.0)
        return audio * gain


def make():
    np.random.seed(20)
    audio = Tensor((0.05 * np.random.randn(2, 128)).astype(np.float32))
    return LoudnessMeter(), (audio,)
