# case: ResNet-style backbone freezes the first frozen_stages stages with stop_gradient in a loop over a Python range and returns out_indices features -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BackboneConfig:
    def __init__(self, stage_channels=(8, 16, 32, 64), frozen_stages=1, out_indices=(1, 2, 3)):
        self.stage_channels = stage_channels
        self.frozen_stages = frozen_stages
        self.out_indices = out_indices
        self.norm_eval = True


def conv_bn_relu(cin, cout, stride):
    return nn.SequentialCell([
        nn.Conv2d(cin, cout, 3, stride=stride, pad_mode="same"),
        nn.BatchNorm2d(cout),
        nn.ReLU(),
    ])


class TinyResNet(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.frozen_stages = config.frozen_stages
        self.out_indices = config.out_indices
        chans = (3,) + tuple(config.stage_channels)
        self.stages = nn.CellList([conv_bn_relu(chans[i], chans[i + 1], 2) for i in range(len(config.stage_channels))])

    def construct(self, x):
        outs = ()
        for i, stage in enumerate(self.stages):
            x = stage(x)
            if i < self.frozen_stages:
                x = ops.stop_gradient(x)
            if i in self.out_indices:
                outs = outs + (x,)
        return outs


def make():
    np.random.seed(3345)
    net = TinyResNet(BackboneConfig())
    net.set_train(False)
    img = Tensor(np.random.randn(1, 3, 64, 64).astype(np.float32))
    return net, (img,)
