# case: PWC-Net style local correlation over a (2r+1)^2 displacement window using padding and static slices -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LocalCorrelation(nn.Cell):
    def __init__(self, radius=2, normalize=True, leaky=0.1):
        super().__init__()
        self.radius = radius
        self.normalize = normalize
        self.act = nn.LeakyReLU(leaky)

    def construct(self, f1, f2):
        b, c, h, w = f1.shape
        r = self.radius
        f2p = ops.pad(f2, (r, r, r, r))
        out = []
        for dy in range(2 * r + 1):
            for dx in range(2 * r + 1):
                shifted = f2p[:, :, dy:dy + h, dx:dx + w]
                out.append((f1 * shifted).sum(axis=1))
        corr = ops.stack(out, axis=1)
        if self.normalize:
            corr = corr / c
        return self.act(corr)


def make():
    np.random.seed(31)
    f1 = Tensor(np.random.randn(1, 6, 5, 7).astype(np.float32))
    f2 = Tensor(np.random.randn(1, 6, 5, 7).astype(np.float32))
    return LocalCorrelation(), (f1, f2)
