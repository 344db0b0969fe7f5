# case: thermal image fault classifier with a Python bool flag choosing dropout and batch norm at construction -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, cin, cout, use_bn=True):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, pad_mode='same', has_bias=not use_bn)
        self.use_bn = use_bn
        self.bn = nn.BatchNorm2d(cout) if use_bn else None
        self.pool = nn.MaxPool2d(2, 2)

    def construct(self, x):
        x = self.conv(x)
        if self.use_bn:
            x = self.bn(x)
        return self.pool(ops.relu(x))


class PanelFaultNet(nn.Cell):
    def __init__(self, n_classes=4, use_dropout=False, use_bn=True):
        super().__init__()
        self.block1 = ConvBlock(1, 8, use_bn)
        self.block2 = ConvBlock(8, 16, use_bn)
        self.use_dropout = use_dropout
        self.drop = nn.Dropout(p=0.3)
        self.flat = nn.Flatten()
        self.fc = nn.Dense(16 * 4 * 4, n_classes)

    def construct(self, thermal):
        x = (thermal - 40.0) / 20.0
        x = self.block2(self.block1(x))
        x = self.flat(x)
        if self.use_dropout:
            x = self.drop(x)
        return self.fc(x)


def make():
    np.random.seed(9)
    thermal = np.random.uniform(20, 80, size=(4, 1, 16, 16)).astype(np.float32)
    net = PanelFaultNet()
    net.set_train(False)
    return net, (Tensor(thermal),)
