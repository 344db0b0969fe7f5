# case: early-exit classifier keeps only unconfident samples via boolean-mask indexing and runs deeper stage on them -> dynamic shape (bool mask indexing)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Stage(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.fc = nn.Dense(dim, dim)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.fc(x)) + x


class EarlyExitNet(nn.Cell):
    def __init__(self, dim=32, num_classes=10, threshold=0.6):
        super().__init__()
        self.stage1 = Stage(dim)
        self.exit1 = nn.Dense(dim, num_classes)
        self.stage2 = Stage(dim)
        self.exit2 = nn.Dense(dim, num_classes)
        self.softmax = nn.Softmax(axis=-1)
        self.threshold = threshold

    def construct(self, x):
        h = self.stage1(x)
        logits1 = self.exit1(h)
        conf = self.softmax(logits1).max(axis=-1)
        hard = conf < self.threshold
        h_hard = h[hard]
        logits2 = self.exit2(self.stage2(h_hard))
        return logits1, logits2


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(8, 32).astype(np.float32))
    return EarlyExitNet(), (x,)
