# case: HiFi-GAN style generator: conv_pre, ConvTranspose upsample stack with residual blocks from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResBlock(nn.Cell):
    def __init__(self, channels, kernel_size=3, dilations=(1, 3)):
        super().__init__()
        self.convs = nn.CellList([
            nn.Conv1d(channels, channels, kernel_size, dilation=d, pad_mode="same")
            for d in dilations])
        self.act = nn.LeakyReLU(0.1)

    def construct(self, x):
        for conv in self.convs:
            x = x + conv(self.act(x))
        return x


class HiFiGANGenerator(nn.Cell):
    def __init__(self, n_mels=8, base_channels=16, upsample_rates=(4, 2), upsample_kernels=(8, 4)):
        super().__init__()
        self.conv_pre = nn.Conv1d(n_mels, base_channels, 7, pad_mode="same")
        ups, blocks = [], []
        ch = base_channels
        for rate, k in zip(upsample_rates, upsample_kernels):
            ups.append(nn.Conv1dTranspose(ch, ch // 2, k, stride=rate, pad_mode="same"))
            ch = ch // 2
            blocks.append(ResBlock(ch))
        self.ups = nn.CellList(ups)
        self.blocks = nn.CellList(blocks)
        self.conv_post = nn.Conv1d(ch, 1, 7, pad_mode="same")
        self.act = nn.LeakyReLU(0.1)

    def construct(self, mel):
        x = self.conv_pre(mel)
        for up, block in zip(self.ups, self.blocks):
            x = up(self.act(x))
            x = block(x)
        x = self.conv_post(self.act(x))
        return ops.tanh(x).squeeze(1)


def make():
    np.random.seed(4)
    mel = np.random.randn(1, 8, 10).astype(np.float32)
    return HiFiGANGenerator(), (Tensor(mel),)
