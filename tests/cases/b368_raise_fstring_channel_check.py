# case: BEV backbone validates the input channel count from bev.shape and raises a ValueError with an f-string when it mismatches (it never does here) -> shape-only raise should be constant-folded; expect static compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BackboneConfig:
    def __init__(self, in_channels=16, layer_nums=(1, 1), num_filters=(16, 32), layer_strides=(1, 2)):
        self.in_channels = in_channels
        self.layer_nums = layer_nums
        self.num_filters = num_filters
        self.layer_strides = layer_strides


def conv_block(cin, cout, stride, num_layers):
    layers = [nn.Conv2d(cin, cout, 3, stride=stride, pad_mode="same", has_bias=False), nn.BatchNorm2d(cout), nn.ReLU()]
    for _ in range(num_layers):
        layers += [nn.Conv2d(cout, cout, 3, pad_mode="same", has_bias=False), nn.BatchNorm2d(cout), nn.ReLU()]
    return nn.SequentialCell(layers)


class BaseBEVBackbone(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.in_channels = config.in_channels
        cins = [config.in_channels] + list(config.num_filters[:-1])
        self.blocks = nn.CellList([conv_block(ci, co, s, n) for ci, co, s, n in
                                   zip(cins, config.num_filters, config.layer_strides, config.layer_nums)])

    def construct(self, bev):
        if bev.shape[1] != self.in_channels:
            raise ValueError(f"BaseBEVBackbone expects {self.in_channels} channels, got {bev.shape[1]}")
        multi_scale = []
        x = bev
        for block in self.blocks:
            x = block(x)
            multi_scale.append(x)
        return tuple(multi_scale)


def make():
    np.random.seed(3715)
    net = BaseBEVBackbone(BackboneConfig())
    net.set_train(False)
    bev = Tensor(np.random.randn(1, 16, 16, 16).astype(np.float32))
    return net, (bev,)
