# case: pix2pix U-Net generator collecting skip connections in a Python list during the encoder pass and zipping reversed(skips) with the decoder CellList, dropout only under self.training -> list of tensors over a fixed-length loop, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UNetConfig:
    def __init__(self, input_nc=3, output_nc=3, ngf=8, num_downs=3, use_dropout=True):
        self.input_nc = input_nc
        self.output_nc = output_nc
        self.ngf = ngf
        self.num_downs = num_downs
        self.use_dropout = use_dropout


class UNetGenerator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_dropout = config.use_dropout
        chs = [config.input_nc] + [config.ngf * min(2 ** i, 8) for i in range(config.num_downs)]
        self.downs = nn.CellList([nn.Conv2d(a, b, 4, stride=2, pad_mode="same") for a, b in zip(chs[:-1], chs[1:])])
        ups = []
        for i in reversed(range(1, config.num_downs)):
            in_c = chs[i + 1] if i == config.num_downs - 1 else chs[i + 1] * 2
            ups.append(nn.Conv2dTranspose(in_c, chs[i], 4, stride=2, pad_mode="same"))
        self.ups = nn.CellList(ups)
        self.final = nn.Conv2dTranspose(chs[1] * 2, config.output_nc, 4, stride=2, pad_mode="same")
        self.dropout = nn.Dropout(p=0.5)

    def construct(self, x):
        skips = []
        for down in self.downs:
            x = ops.leaky_relu(down(x), 0.2)
            skips.append(x)
        skips = skips[:-1]
        for up, skip in zip(self.ups, reversed(skips)):
            x = ops.relu(up(x))
            if self.training and self.use_dropout:
                x = self.dropout(x)
            x = ops.concat((x, skip), axis=1)
        return ops.tanh(self.final(ops.relu(x)))


def make():
    np.random.seed(3580)
    net = UNetGenerator(UNetConfig())
    net.set_train(True)
    x = Tensor(np.random.randn(2, 3, 16, 16).astype(np.float32))
    return net, (x,)
