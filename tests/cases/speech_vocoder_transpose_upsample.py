# case: MelGAN-style vocoder upsampling mel frames with a config list of Conv1dTranspose strides and residual stacks -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidualStack(nn.Cell):
    def __init__(self, ch, dilations=(1, 3)):
        super().__init__()
        self.convs = nn.CellList([nn.Conv1d(ch, ch, 3, dilation=d, pad_mode="same") for d in dilations])
        self.act = nn.LeakyReLU(0.2)

    def construct(self, x):
        for conv in self.convs:
            x = x + conv(self.act(x))
        return x


class MelGANGenerator(nn.Cell):
    def __init__(self, n_mels=5, ch=8, upsample_rates=(2, 2, 2)):
        super().__init__()
        self.pre = nn.Conv1d(n_mels, ch, 7, pad_mode="same")
        ups, stacks = [], []
        for r in upsample_rates:
            ups.append(nn.Conv1dTranspose(ch, ch // 2, 2 * r, stride=r, pad_mode="same"))
            stacks.append(ResidualStack(ch // 2))
            ch //= 2
        self.ups = nn.CellList(ups)
        self.stacks = nn.CellList(stacks)
        self.post = nn.Conv1d(ch, 1, 7, pad_mode="same")

    def construct(self, mel):
        x = self.pre(mel)
        for up, stack in zip(self.ups, self.stacks):
            x = stack(up(ops.leaky_relu(x, 0.2)))
        return ops.tanh(self.post(x)).squeeze(1)


def make():
    np.random.seed(39)
    mel = Tensor(np.random.randn(1, 5, 6).astype(np.float32))
    return MelGANGenerator(), (mel,)
