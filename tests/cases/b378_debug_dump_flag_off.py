# case: CNN14-style clip classifier has a debug branch that dumps .asnumpy() statistics and prints them, guarded by a config flag that defaults to False -> the debug branch is never taken, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Cnn14Config:
    n_mels = 32
    channels = (8, 16)
    n_classes = 7
    debug = False


class ConvBlock(nn.Cell):
    def __init__(self, in_ch, out_ch):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, 3, pad_mode="same", has_bias=False)
        self.bn = nn.BatchNorm2d(out_ch)
        self.pool = nn.AvgPool2d(2, 2)

    def construct(self, x):
        return self.pool(ops.relu(self.bn(self.conv(x))))


class MiniCnn14(nn.Cell):
    def __init__(self, config):
        super().__init__()
        in_chs = (1,) + tuple(config.channels[:-1])
        self.blocks = nn.CellList([ConvBlock(i, o) for i, o in zip(in_chs, config.channels)])
        self.fc = nn.Dense(config.channels[-1], config.n_classes)
        self.debug = config.debug

    def construct(self, logmel):
        x = logmel
        for i, block in enumerate(self.blocks):
            x = block(x)
            if self.debug:
                stats = x.asnumpy()
                print("block", i, stats.shape, float(stats.mean()))
        x = x.mean(axis=3)
        x = x.max(axis=2) + x.mean(axis=2)
        return ops.sigmoid(self.fc(x))


def make():
    np.random.seed(3804)
    logmel = Tensor(np.random.randn(2, 1, 32, 32).astype(np.float32))
    net = MiniCnn14(Cnn14Config())
    net.set_train(False)
    return net, (logmel,)
