# case: apply a gain that may be given as a Python float or a per-channel Tensor, dispatching with isinstance on the argument -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChannelGain(nn.Cell):
    def __init__(self, ceiling=1.0):
        super().__init__()
        self.ceiling = ceiling

    def to_linear(self, gain_db):
        if isinstance(gain_db, float):
            return 10.0 ** (gain_db / 20.0)
        return ops.pow(10.0, gain_db / 20.0).reshape(-1, 1)

    def construct(self, audio, gain_db):
        g = self.to_linear(gain_db)
        return ops.clamp(audio * g, -self.ceiling, self.ceiling)


def make():
    np.random.seed(110)
    audio = Tensor((np.random.randn(2, 128) * 0.2).astype(np.float32))
    gains = Tensor(np.array([3.0, -2.0], dtype=np.float32))
    return ChannelGain(), (audio, gains)
