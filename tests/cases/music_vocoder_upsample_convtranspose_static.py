# case: HiFi-GAN-style generator: transposed-conv upsampling stack with multi-receptive-field residual blocks -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResBlock(nn.Cell):
    def __init__(self, channels, kernel=3, dilations=(1, 3)):
        super().__init__()
        self.convs = nn.CellList([
            nn.Conv1d(channels, channels, kernel, dilation=d, pad_mode="same") for d in dilations])
        self.act = nn.LeakyReLU(0.1)

    def construct(self, x):
        for conv in self.convs:
            x = x + conv(self.act(x))
        return x


class UpsampleGenerator(nn.Cell):
    def __init__(self, n_mels=16, base=32, rates=(4, 2), kernels=(8, 4)):
        super().__init__()
        self.pre = nn.Conv1d(n_mels, base, 7, pad_mode="same")
        ups, blocks = [], []
        ch = base
        for r, k in zip(rates, kernels):
            ups.append(nn.Conv1dTranspose(ch, ch // 2, k, stride=r, pad_mode="pad",
                                          padding=(k - r) // 2))
            ch = ch // 2
            blocks.append(ResBlock(ch))
        self.ups = nn.CellList(ups)
        self.blocks = nn.CellList(blocks)
        self.post = nn.Conv1d(ch, 1, 7, pad_mode="same")
        self.act = nn.LeakyReLU(0.1)

    def construct(self, mel):
        x = self.pre(mel)
        for up, block in zip(self.ups, self.blocks):
            x = block(up(self.act(x)))
        return ops.tanh(self.post(self.act(x)))


def make():
    np.random.seed(10)
    mel = Tensor(np.random.randn(1, 16, 10).astype(np.float32))
    return UpsampleGenerator(), (mel,)
