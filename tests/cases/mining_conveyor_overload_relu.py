# case: mean excess belt load above the conveyor rating computed with relu and a counted mask -> fixed shapes, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeltScaleSmoother(nn.Cell):
    def __init__(self, window=5):
        super().__init__()
        self.pool = nn.AvgPool1d(kernel_size=window, stride=1, pad_mode="same")

    def construct(self, tph):
        return self.pool(tph.reshape(1, 1, -1)).reshape(-1)


class OverloadMonitorDense(nn.Cell):
    def __init__(self, rated_tph=3200.0):
        super().__init__()
        self.rated_tph = rated_tph
        self.smoother = BeltScaleSmoother()

    def construct(self, tph):
        smooth = self.smoother(tph)
        excess = ops.relu(smooth - self.rated_tph)
        n_over = (excess > 0).astype(ms.float32).sum()
        mean_excess = excess.sum() / ops.maximum(n_over, 1.0)
        return mean_excess, n_over


def make():
    np.random.seed(42)
    t = np.linspace(0, 6 * np.pi, 120)
    tph = (3000 + 400 * np.sin(t) + np.random.normal(0, 50, size=t.shape)).astype(np.float32)
    return OverloadMonitorDense(), (Tensor(tph),)
