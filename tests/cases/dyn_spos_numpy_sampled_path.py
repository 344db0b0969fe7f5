# case: single-path one-shot supernet samples a random candidate per layer with np.random inside construct -> compile error at line 30 (STRICT)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShuffleChoice(nn.Cell):
    def __init__(self, ch, kernel):
        super().__init__()
        self.dw = nn.Conv2d(ch, ch, kernel, pad_mode='same', group=ch)
        self.pw = nn.Conv2d(ch, ch, 1)
        self.bn = nn.BatchNorm2d(ch)

    def construct(self, x):
        return ops.relu(self.bn(self.pw(self.dw(x))))


class SPOSSupernet(nn.Cell):
    def __init__(self, ch=8, num_layers=3, kernels=(3, 5, 7), num_classes=4):
        super().__init__()
        self.stem = nn.Conv2d(3, ch, 3, pad_mode='same')
        self.choices = nn.CellList([
            nn.CellList([ShuffleChoice(ch, k) for k in kernels]) for _ in range(num_layers)
        ])
        self.num_layers = num_layers
        self.num_choices = len(kernels)
        self.classifier = nn.Dense(ch, num_classes)

    def sample_path(self):
        return np.random.randint(0, self.num_choices, size=self.num_layers)

    def construct(self, x):
        path = self.sample_path()
        h = self.stem(x)
        for i in range(self.num_layers):
            h = self.choices[i][int(path[i])](h) + h
        return self.classifier(h.mean(axis=(2, 3)))


def make():
    np.random.seed(14)
    net = SPOSSupernet()
    net.set_train(False)
    x = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    return net, (x,)
