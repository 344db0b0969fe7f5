# case: rasterised-sketch branch subclasses nn.Conv2d with an optional coordinate channel appended in a helper, followed by global pooling over a fixed 28x28 canvas -> conv subclass with config flags and static shapes, expect Graph mode to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RasterConfig:
    def __init__(self, channels=(8, 16), canvas=28, add_coords=True, num_classes=10):
        self.channels = channels
        self.canvas = canvas
        self.add_coords = add_coords
        self.num_classes = num_classes


def coord_grid(batch, size):
    lin = ops.linspace(Tensor(-1.0, ms.float32), Tensor(1.0, ms.float32), size)
    yy = ops.broadcast_to(lin.reshape(1, 1, size, 1), (batch, 1, size, size))
    return ops.concat((yy, yy.swapaxes(2, 3)), axis=1)


class CoordConv2d(nn.Conv2d):
    def __init__(self, in_channels, out_channels, add_coords=False, **kwargs):
        extra = 2 if add_coords else 0
        super().__init__(in_channels + extra, out_channels, kernel_size=3, pad_mode="same", **kwargs)
        self.add_coords = add_coords

    def construct(self, x):
        if self.add_coords:
            x = ops.concat((x, coord_grid(x.shape[0], x.shape[2]).astype(x.dtype)), axis=1)
        return super().construct(x)


class SketchRasterNet(nn.Cell):
    def __init__(self, config):
        super().__init__()
        chans = (1,) + tuple(config.channels)
        self.convs = nn.CellList([CoordConv2d(i, o, add_coords=(n == 0 and config.add_coords))
                                  for n, (i, o) in enumerate(zip(chans[:-1], chans[1:]))])
        self.pool = nn.MaxPool2d(kernel_size=2, stride=2)
        self.fc = nn.Dense(chans[-1], config.num_classes)

    def construct(self, canvas):
        x = canvas
        for conv in self.convs:
            x = self.pool(ops.relu(conv(x)))
        return self.fc(x.mean(axis=(2, 3)))


def make():
    np.random.seed(3733)
    canvas = Tensor((np.random.rand(2, 1, 28, 28) > 0.9).astype(np.float32))
    return SketchRasterNet(RasterConfig()), (canvas,)
