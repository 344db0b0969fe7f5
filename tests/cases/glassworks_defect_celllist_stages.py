# case: bottle defect classifier with a CellList of conv stages iterated in construct and a boolean config flag for the residual path -> loop over sub-Cells and constant flags, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFECT_CLASSES = ("ok", "stone", "blister", "check", "seed")


class ConvStage(nn.Cell):
    def __init__(self, cin, cout, residual):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, pad_mode="same")
        self.bn = nn.BatchNorm2d(cout)
        self.act = nn.ReLU()
        self.residual = residual and cin == cout

    def construct(self, x):
        y = self.act(self.bn(self.conv(x)))
        if self.residual:
            y = y + x
        return y


class BottleDefectNet(nn.Cell):
    def __init__(self, widths=(1, 8, 8, 16), residual=True):
        super().__init__()
        self.stages = nn.CellList([ConvStage(widths[i], widths[i + 1], residual)
                                   for i in range(len(widths) - 1)])
        self.pool = nn.MaxPool2d(2, 2)
        self.head = nn.Dense(widths[-1], len(DEFECT_CLASSES))

    def construct(self, img):
        x = img
        for stage in self.stages:
            x = self.pool(stage(x))
        x = x.mean(axis=(2, 3))
        return ops.softmax(self.head(x), axis=-1)


def make():
    np.random.seed(172)
    img = np.random.rand(2, 1, 32, 32).astype(np.float32)
    net = BottleDefectNet()
    net.set_train(False)
    return net, (Tensor(img),)
