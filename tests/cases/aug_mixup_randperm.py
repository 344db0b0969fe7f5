# case: mixup inside the graph with ops.randperm(batch) from static shape and fixed lambda from config; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MixupLoss(nn.Cell):
    def __init__(self, net, num_classes=10, lam=0.7):
        super().__init__()
        self.net = net
        self.num_classes = num_classes
        self.lam = lam
        self.ce = nn.SoftmaxCrossEntropyWithLogits(sparse=False, reduction="mean")

    def construct(self, x, y):
        b = x.shape[0]
        perm = ops.randperm(b, dtype=ms.int32)
        x_mix = self.lam * x + (1 - self.lam) * ops.gather(x, perm, 0)
        y1 = ops.one_hot(y, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        y_mix = self.lam * y1 + (1 - self.lam) * ops.gather(y1, perm, 0)
        return self.ce(self.net(x_mix), y_mix)


def make():
    x = Tensor(np.random.randn(8, 16).astype(np.float32))
    y = Tensor(np.random.randint(0, 10, (8,)).astype(np.int32))
    return MixupLoss(nn.Dense(16, 10)), (x, y)
