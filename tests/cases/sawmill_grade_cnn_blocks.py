# case: board grading CNN over planer-line greyscale images built from a CellList of conv blocks iterated in construct, with an optional dropout flag -> loops over CellList and config flags, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, pad_mode="same")
        self.bn = nn.BatchNorm2d(cout)
        self.act = nn.ReLU()
        self.pool = nn.MaxPool2d(2, 2)

    def construct(self, x):
        return self.pool(self.act(self.bn(self.conv(x))))


class BoardGrader(nn.Cell):
    GRADES = ("FAS", "SEL", "1C", "2C", "3C")

    def __init__(self, widths=(1, 8, 16, 32), use_dropout=False):
        super().__init__()
        self.blocks = nn.CellList([ConvBlock(widths[i], widths[i + 1]) for i in range(len(widths) - 1)])
        self.use_dropout = use_dropout
        self.drop = nn.Dropout(p=0.2)
        self.fc = nn.Dense(widths[-1], len(self.GRADES))

    def construct(self, board_img):
        x = board_img
        for block in self.blocks:
            x = block(x)
        x = x.mean(axis=(2, 3))
        if self.use_dropout:
            x = self.drop(x)
        return ops.softmax(self.fc(x), axis=-1)


def make():
    np.random.seed(3221)
    img = Tensor(np.random.rand(2, 1, 32, 96).astype(np.float32))
    net = BoardGrader()
    net.set_train(False)
    return net, (img,)
