# case: collect belt-scale readings that exceed the rated conveyor load with ops.masked_select and report their mean excess -> masked_select gives a data-dependent length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeltScaleSmoother(nn.Cell):
    def __init__(self, window=5):
        super().__init__()
        self.pool = nn.AvgPool1d(kernel_size=window, stride=1, pad_mode="same")

    def construct(self, tph):
        return self.pool(tph.reshape(1, 1, -1)).reshape(-1)


class OverloadMonitor(nn.Cell):
    def __init__(self, rated_tph=3200.0):
        super().__init__()
        self.rated_tph = rated_tph
        self.smoother = BeltScaleSmoother()

    def construct(self, tph):
        smooth = self.smoother(tph)
        over = smooth > self.rated_tph
        excess = ops.masked_select(smooth - self.rated_tph, over)
        return excess.mean(), excess.shape[0]


def make():
    np.random.seed(41)
    t = np.linspace(0, 6 * np.pi, 120)
    tph = (3000 + 400 * np.sin(t) + np.random.normal(0, 50, size=t.shape)).astype(np.float32)
    return OverloadMonitor(), (Tensor(tph),)
