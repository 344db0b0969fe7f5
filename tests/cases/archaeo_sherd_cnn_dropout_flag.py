# case: small CNN for sherd photos with a Python-bool use_dropout constructor flag and flatten size from constructor arguments -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, pad_mode="same")
        self.bn = nn.BatchNorm2d(cout)
        self.pool = nn.MaxPool2d(2, 2)

    def construct(self, x):
        return self.pool(ops.relu(self.bn(self.conv(x))))


class SherdNet(nn.Cell):
    def __init__(self, img_size=16, n_wares=5, use_dropout=False):
        super().__init__()
        self.block1 = ConvBlock(3, 8)
        self.block2 = ConvBlock(8, 16)
        self.use_dropout = use_dropout
        self.drop = nn.Dropout(p=0.3)
        flat = 16 * (img_size // 4) * (img_size // 4)
        self.fc = nn.Dense(flat, n_wares)

    def construct(self, x):
        h = self.block2(self.block1(x))
        h = h.reshape(h.shape[0], -1)
        if self.use_dropout:
            h = self.drop(h)
        return self.fc(h)


def make():
    np.random.seed(30)
    net = SherdNet()
    net.set_train(False)
    return net, (Tensor(np.random.rand(2, 3, 16, 16).astype(np.float32)),)
