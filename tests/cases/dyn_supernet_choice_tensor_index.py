# case: one-shot supernet layer picks a candidate op from a CellList with int() of a Tensor choice index -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def conv_bn(ch, k):
    return nn.SequentialCell([
        nn.Conv2d(ch, ch, k, pad_mode='same', has_bias=False),
        nn.BatchNorm2d(ch),
        nn.ReLU(),
    ])


class ChoiceBlock(nn.Cell):
    def __init__(self, ch, kernel_sizes=(1, 3, 5)):
        super().__init__()
        self.candidates = nn.CellList([conv_bn(ch, k) for k in kernel_sizes])

    def construct(self, x, choice):
        return self.candidates[int(choice)](x) + x


class SuperNet(nn.Cell):
    def __init__(self, ch=8, num_layers=2, num_classes=4):
        super().__init__()
        self.stem = nn.Conv2d(3, ch, 3, pad_mode='same')
        self.layers = nn.CellList([ChoiceBlock(ch) for _ in range(num_layers)])
        self.head = nn.Dense(ch, num_classes)

    def construct(self, x, arch):
        h = self.stem(x)
        for i, layer in enumerate(self.layers):
            h = layer(h, arch[i])
        return self.head(h.mean(axis=(2, 3)))


def make():
    np.random.seed(3)
    net = SuperNet()
    net.set_train(False)
    x = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    arch = Tensor(np.array([2, 0], np.int32))
    return net, (x, arch)
