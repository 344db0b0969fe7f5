# case: wide-resnet-like stem exposing several layers, loop over a tuple of sub-Cells, resize to the first layer and concat -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Stage(nn.Cell):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, stride=2, pad_mode="same")
        self.bn = nn.BatchNorm2d(cout)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.bn(self.conv(x)))


class PyramidExtractor(nn.Cell):
    def __init__(self, channels=(3, 8, 16, 32), return_layers=(1, 2)):
        super().__init__()
        self.stages = nn.CellList([Stage(channels[i], channels[i + 1]) for i in range(len(channels) - 1)])
        self.return_layers = return_layers

    def construct(self, x):
        outs = []
        for i, stage in enumerate(self.stages):
            x = stage(x)
            if i in self.return_layers:
                outs.append(x)
        size = outs[0].shape[-2:]
        resized = [outs[0]] + [ops.interpolate(o, size=size, mode="nearest") for o in outs[1:]]
        return ops.concat(resized, axis=1)


def make():
    np.random.seed(31)
    ms.set_seed(31)
    x = np.random.randn(2, 3, 32, 32).astype(np.float32)
    net = PyramidExtractor()
    net.set_train(False)
    return net, (Tensor(x),)
