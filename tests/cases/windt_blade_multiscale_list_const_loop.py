# case: blade crack detector pools drone features at three fixed scales, appending each pooled map to a list in a constant range loop and concatenating -> list in constant loop, static expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiScaleCrackPool(nn.Cell):
    def __init__(self, in_ch=3, width=6, n_scales=3, n_classes=2):
        super().__init__()
        self.stem = nn.Conv2d(in_ch, width, 3, pad_mode="same")
        self.n_scales = n_scales
        self.pools = nn.CellList([nn.AvgPool2d(2 ** s, 2 ** s) for s in range(n_scales)])
        self.head = nn.Dense(width * n_scales, n_classes)

    def construct(self, img):
        f = ops.relu(self.stem(img))
        pooled = []
        for s in range(self.n_scales):
            p = self.pools[s](f)
            pooled.append(p.max(axis=(2, 3)))
        return self.head(ops.concat(pooled, axis=1))


def make():
    np.random.seed(35)
    img = Tensor(np.random.rand(2, 3, 16, 16).astype(np.float32))
    return MultiScaleCrackPool(), (img,)
