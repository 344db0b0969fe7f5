# case: multi-scale tile encoder builds a feature pyramid, halving resolution over range(config.num_levels) and collecting each level in a list -> Python-int loop unrolled, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PyramidConfig:
    def __init__(self, in_bands=4, width=8, num_levels=3, output_hidden_states=True):
        self.in_bands = in_bands
        self.width = width
        self.num_levels = num_levels
        self.output_hidden_states = output_hidden_states


class ConvBlock(nn.Cell):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, pad_mode="same")
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.conv(x))


class PyramidEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        chans = [config.in_bands] + [config.width * 2 ** i for i in range(config.num_levels)]
        self.blocks = nn.CellList([ConvBlock(a, b) for a, b in zip(chans[:-1], chans[1:])])
        self.num_levels = config.num_levels
        self.output_hidden_states = config.output_hidden_states
        self.down = nn.AvgPool2d(2, 2)

    def construct(self, tile):
        levels = []
        x = tile
        for i in range(self.num_levels):
            x = self.blocks[i](x)
            levels.append(x)
            x = self.down(x)
        if self.output_hidden_states:
            return (x,) + tuple(levels)
        return (x,)


def make():
    np.random.seed(3381)
    tile = Tensor(np.random.rand(2, 4, 32, 32).astype(np.float32))
    return PyramidEncoder(PyramidConfig()), (tile,)
