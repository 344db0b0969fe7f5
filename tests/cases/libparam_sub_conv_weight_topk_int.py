# case: filter pruner counts the conv filters above the mean norm with int() and keeps that many with topk -> dynamic at the topk
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class FilterKeep(nn.Cell):
    def __init__(self, cin=4, cout=8):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, pad_mode="same")

    def construct(self, x):
        y = self.conv(x)
        norms = ops.abs(self.conv.weight).reshape(self.conv.weight.shape[0], -1).sum(axis=1)
        k = int((norms > norms.mean()).astype(ms.int32).sum())
        _, idx = ops.topk(norms, k)
        return ops.gather(y, idx, 1).mean(axis=(2, 3))


def make():
    np.random.seed(2)
    return FilterKeep(), (Tensor(np.random.randn(2, 4, 6, 6).astype(np.float32)),)
