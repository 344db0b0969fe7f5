# case: small encoder-decoder network segmenting cracks in block face images, with loops over encoder stages and skip connections -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, pad_mode="same")
        self.bn = nn.BatchNorm2d(cout)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.bn(self.conv(x)))


class CrackSegNet(nn.Cell):
    def __init__(self, widths=(8, 16, 32), use_sigmoid=True):
        super().__init__()
        chans = (1,) + tuple(widths)
        self.down = nn.CellList([ConvBlock(chans[i], chans[i + 1]) for i in range(len(widths))])
        self.up = nn.CellList([ConvBlock(widths[i] + widths[i - 1], widths[i - 1])
                               for i in range(len(widths) - 1, 0, -1)])
        self.pool = nn.MaxPool2d(2, 2)
        self.head = nn.Conv2d(widths[0], 1, 1)
        self.use_sigmoid = use_sigmoid

    def construct(self, img):
        skips = []
        x = img
        for i, blk in enumerate(self.down):
            x = blk(x)
            if i < len(self.down) - 1:
                skips.append(x)
                x = self.pool(x)
        for blk in self.up:
            skip = skips.pop()
            x = ops.interpolate(x, size=skip.shape[2:], mode="nearest")
            x = blk(ops.concat((x, skip), axis=1))
        out = self.head(x)
        if self.use_sigmoid:
            out = ops.sigmoid(out)
        return out


def make():
    np.random.seed(211)
    img = Tensor(np.random.rand(2, 1, 32, 32).astype(np.float32))
    net = CrackSegNet()
    net.set_train(False)
    return net, (img,)
