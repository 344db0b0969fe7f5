# case: decoder upsamples in a while loop until the resolution read from x.shape reaches config.img_resolution, blocks kept in a CellList indexed by a Python counter -> loop bound from shapes and config, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    def __init__(self, channels=8, img_resolution=16, num_blocks=3, output_activation="tanh"):
        self.channels = channels
        self.img_resolution = img_resolution
        self.num_blocks = num_blocks
        self.output_activation = output_activation


def upsample2x(x):
    return ops.interpolate(x, size=(x.shape[2] * 2, x.shape[3] * 2), mode="nearest")


class AnyResDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.img_resolution = config.img_resolution
        self.blocks = nn.CellList([nn.Conv2d(config.channels, config.channels, 3, pad_mode="same")
                                   for _ in range(config.num_blocks)])
        self.to_rgb = nn.Conv2d(config.channels, 3, 1)
        self.out_act = ops.tanh if config.output_activation == "tanh" else ops.sigmoid

    def construct(self, x):
        res = x.shape[-1]
        i = 0
        while res < self.img_resolution:
            x = ops.leaky_relu(self.blocks[i](upsample2x(x)), 0.2)
            res = res * 2
            i += 1
        return self.out_act(self.to_rgb(x))


def make():
    np.random.seed(3568)
    net = AnyResDecoder(DecoderConfig())
    x = Tensor(np.random.randn(2, 8, 4, 4).astype(np.float32))
    return net, (x,)
