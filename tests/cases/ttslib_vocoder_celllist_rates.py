# case: HiFi-GAN generator loops over upsample rates with zip over two CellLists of transposed convs and residual blocks -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LRELU_SLOPE = 0.1


class HiFiGANConfig:
    def __init__(self, n_mels=16, upsample_initial_channel=32, upsample_rates=(4, 2), upsample_kernel_sizes=(8, 4)):
        self.n_mels = n_mels
        self.upsample_initial_channel = upsample_initial_channel
        self.upsample_rates = upsample_rates
        self.upsample_kernel_sizes = upsample_kernel_sizes


class ResBlock(nn.Cell):
    def __init__(self, channels, dilations=(1, 3)):
        super().__init__()
        self.convs = nn.CellList([
            nn.Conv1d(channels, channels, 3, pad_mode="pad", padding=d, dilation=d, has_bias=True) for d in dilations
        ])

    def construct(self, x):
        for conv in self.convs:
            x = x + conv(ops.leaky_relu(x, LRELU_SLOPE))
        return x


class HiFiGANGenerator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        ch = config.upsample_initial_channel
        self.conv_pre = nn.Conv1d(config.n_mels, ch, 7, pad_mode="pad", padding=3, has_bias=True)
        ups, blocks = [], []
        for i, (u, k) in enumerate(zip(config.upsample_rates, config.upsample_kernel_sizes)):
            cin, cout = ch // (2 ** i), ch // (2 ** (i + 1))
            ups.append(nn.Conv1dTranspose(cin, cout, k, stride=u, pad_mode="pad", padding=(k - u) // 2, has_bias=True))
            blocks.append(ResBlock(cout))
        self.ups = nn.CellList(ups)
        self.resblocks = nn.CellList(blocks)
        self.conv_post = nn.Conv1d(ch // (2 ** len(ups)), 1, 7, pad_mode="pad", padding=3, has_bias=True)

    def construct(self, mel):
        x = self.conv_pre(mel)
        for up, block in zip(self.ups, self.resblocks):
            x = block(up(ops.leaky_relu(x, LRELU_SLOPE)))
        return ops.tanh(self.conv_post(ops.leaky_relu(x)))


def make():
    np.random.seed(28)
    cfg = HiFiGANConfig()
    mel = Tensor(np.random.randn(1, cfg.n_mels, 10).astype(np.float32))
    return HiFiGANGenerator(cfg), (mel,)
