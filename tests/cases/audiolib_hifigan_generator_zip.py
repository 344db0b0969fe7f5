# case: HiFi-GAN generator that zips its CellList of transposed-conv upsamplers with per-stage lists of residual blocks and averages the multi-receptive-field outputs by a Python constant -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LRELU_SLOPE = 0.1


class GeneratorConfig:
    def __init__(self, in_channels=8, base_channels=32, upsample_rates=(4, 2), resblock_kernels=(3, 5)):
        self.in_channels = in_channels
        self.base_channels = base_channels
        self.upsample_rates = upsample_rates
        self.resblock_kernels = resblock_kernels


class ResBlock(nn.Cell):
    def __init__(self, channels, kernel_size):
        super().__init__()
        self.c1 = nn.Conv1d(channels, channels, kernel_size, pad_mode="same")
        self.c2 = nn.Conv1d(channels, channels, kernel_size, dilation=3, pad_mode="same")

    def construct(self, x):
        x = x + self.c1(ops.leaky_relu(x, LRELU_SLOPE))
        return x + self.c2(ops.leaky_relu(x, LRELU_SLOPE))


class Generator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_kernels = len(config.resblock_kernels)
        self.pre = nn.Conv1d(config.in_channels, config.base_channels, 7, pad_mode="same")
        ups, stages = [], []
        ch = config.base_channels
        for r in config.upsample_rates:
            ups.append(nn.Conv1dTranspose(ch, ch // 2, 2 * r, stride=r, pad_mode="pad", padding=r // 2))
            ch = ch // 2
            stages.append(nn.CellList([ResBlock(ch, k) for k in config.resblock_kernels]))
        self.ups = nn.CellList(ups)
        self.stages = nn.CellList(stages)
        self.post = nn.Conv1d(ch, 1, 7, pad_mode="same")

    def construct(self, mel):
        x = self.pre(mel)
        for up, blocks in zip(self.ups, self.stages):
            x = up(ops.leaky_relu(x, LRELU_SLOPE))
            xs = None
            for block in blocks:
                xs = block(x) if xs is None else xs + block(x)
            x = xs / self.num_kernels
        return ops.tanh(self.post(ops.leaky_relu(x)))


def make():
    np.random.seed(3320)
    net = Generator(GeneratorConfig())
    mel = Tensor(np.random.randn(1, 8, 10).astype(np.float32))
    return net, (mel,)
