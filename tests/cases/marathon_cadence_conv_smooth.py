# case: cadence estimate with the moving-average smoothing done by a fixed-weight Conv2d layer with a (1, k) kernel on the vertical channel -> all tensor ops, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CadenceConv(nn.Cell):
    def __init__(self, fs_hz=50.0, kernel=5):
        super().__init__()
        self.fs_hz = fs_hz
        w = np.ones((1, 1, 1, kernel), dtype=np.float32) / kernel
        self.smooth = nn.Conv2d(1, 1, (1, kernel), pad_mode="same", has_bias=False,
                                weight_init=Tensor(w))

    def construct(self, accel):
        vert = accel[:, 2].reshape(1, 1, 1, -1)
        sm = self.smooth(vert).reshape(-1)
        centred = sm - sm.mean()
        ups = ops.logical_and(centred[1:] > 0, centred[:-1] <= 0)
        steps = ups.astype(ms.float32).sum() * 2.0
        minutes = accel.shape[0] / self.fs_hz / 60.0
        return steps / minutes


def make():
    np.random.seed(122)
    n = 1500
    t = np.arange(n) / 50.0
    vert = np.sin(2 * np.pi * 1.5 * t) + 0.2 * np.random.randn(n)
    acc = np.stack([0.1 * np.random.randn(n), 0.1 * np.random.randn(n), vert], 1).astype(np.float32)
    return CadenceConv(), (Tensor(acc),)
