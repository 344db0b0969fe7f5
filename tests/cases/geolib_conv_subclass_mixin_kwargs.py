# case: tile encoder built from a Conv2d subclass with a padding-reflect mixin helper, calling super().construct and forwarding **kwargs through a block -> ordinary subclassing, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReflectPadMixin:
    def reflect_pad(self, x):
        p = getattr(self, "reflect", 0)
        if p == 0:
            return x
        return ops.pad(x, (p, p, p, p), mode="reflect")


class ReflectConv2d(ReflectPadMixin, nn.Conv2d):
    def __init__(self, in_channels, out_channels, kernel_size, **kwargs):
        super().__init__(in_channels, out_channels, kernel_size, pad_mode="valid", **kwargs)
        self.reflect = kernel_size // 2

    def construct(self, x):
        return super().construct(self.reflect_pad(x))


class EncoderConfig:
    def __init__(self, in_bands=4, widths=(8, 16), kernel=3, has_bias=True):
        self.in_bands = in_bands
        self.widths = widths
        self.kernel = kernel
        self.has_bias = has_bias


class ReflectTileEncoder(nn.Cell):
    def __init__(self, config, **conv_kwargs):
        super().__init__()
        chans = (config.in_bands,) + tuple(config.widths)
        self.layers = nn.CellList([
            ReflectConv2d(a, b, config.kernel, has_bias=config.has_bias, **conv_kwargs)
            for a, b in zip(chans[:-1], chans[1:])
        ])

    def construct(self, tile, *args):
        x = tile
        for layer in self.layers:
            x = ops.relu(layer(x))
        return x


def make():
    np.random.seed(3405)
    tile = Tensor(np.random.rand(2, 4, 24, 24).astype(np.float32))
    return ReflectTileEncoder(EncoderConfig(), weight_init="normal"), (tile,)
