# case: small encoder-decoder predicting nucleus probability and distance map, optional sigmoid flag, skip connection -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, cin, cout):
        super().__init__()
        self.body = nn.SequentialCell([
            nn.Conv2d(cin, cout, 3, pad_mode="same"), nn.BatchNorm2d(cout), nn.ReLU(),
            nn.Conv2d(cout, cout, 3, pad_mode="same"), nn.ReLU(),
        ])

    def construct(self, x):
        return self.body(x)


class NucleusNet(nn.Cell):
    def __init__(self, in_channels=1, width=8, use_sigmoid=True, predict_distance=True):
        super().__init__()
        self.enc = ConvBlock(in_channels, width)
        self.pool = nn.MaxPool2d(2, 2)
        self.mid = ConvBlock(width, 2 * width)
        self.up = nn.Conv2dTranspose(2 * width, width, 2, stride=2)
        self.dec = ConvBlock(2 * width, width)
        self.prob_head = nn.Conv2d(width, 1, 1)
        self.dist_head = nn.Conv2d(width, 1, 1) if predict_distance else None
        self.use_sigmoid = use_sigmoid

    def construct(self, x):
        e = self.enc(x)
        m = self.mid(self.pool(e))
        d = self.dec(ops.concat([self.up(m), e], axis=1))
        prob = self.prob_head(d)
        if self.use_sigmoid:
            prob = ops.sigmoid(prob)
        if self.dist_head is not None:
            return prob, ops.relu(self.dist_head(d))
        return prob, ops.zeros_like(prob)


def make():
    np.random.seed(32)
    ms.set_seed(32)
    x = np.random.rand(2, 1, 16, 16).astype(np.float32)
    net = NucleusNet()
    net.set_train(False)
    return net, (Tensor(x),)
