# case: automatic gain control keeps its running gain in a non-trainable Parameter updated with ops.assign -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class AutoGainParam(nn.Cell):
    def __init__(self, target_rms=0.1, smoothing=0.9):
        super().__init__()
        self.target_rms = target_rms
        self.smoothing = smoothing
        self.gain = Parameter(Tensor(1.0, ms.float32), name="agc_gain", requires_grad=False)

    def construct(self, block):
        rms = ops.sqrt((block ** 2).mean() + 1e-12)
        desired = self.target_rms / rms
        new_gain = self.smoothing * self.gain + (1 - self.smoothing) * desired
        ops.assign(self.gain, new_gain)
        return block * new_gain


def make():
    np.random.seed(22)
    block = Tensor((0.3 * np.random.randn(64)).astype(np.float32))
    return AutoGainParam(), (block,)
