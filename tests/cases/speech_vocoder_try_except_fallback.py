# case: HiFiGAN-like generator wraps its residual stack in try/except to fall back to a plain upsample -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResBlock(nn.Cell):
    def __init__(self, ch, dilation=1):
        super().__init__()
        self.conv = nn.Conv1d(ch, ch, 3, pad_mode="same", dilation=dilation)
        self.act = nn.LeakyReLU(0.1)

    def construct(self, x):
        return x + self.conv(self.act(x))


class TinyGenerator(nn.Cell):
    def __init__(self, n_mels=6, ch=8, up=2):
        super().__init__()
        self.pre = nn.Conv1d(n_mels, ch, 3, pad_mode="same")
        self.up = nn.Conv1dTranspose(ch, ch, 2 * up, stride=up, pad_mode="same")
        self.res = nn.SequentialCell([ResBlock(ch, 1), ResBlock(ch, 3)])
        self.post = nn.Conv1d(ch, 1, 3, pad_mode="same")

    def construct(self, mel):
        x = self.pre(mel)
        x = self.up(x)
        try:
            x = self.res(x)
        except ValueError:
            x = ops.relu(x)
        return ops.tanh(self.post(x))


def make():
    np.random.seed(14)
    mel = Tensor(np.random.randn(1, 6, 10).astype(np.float32))
    return TinyGenerator(), (mel,)
