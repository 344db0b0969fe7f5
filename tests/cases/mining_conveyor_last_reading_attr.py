# case: conveyor load monitor remembers the latest belt-scale peak by writing a python attribute of self inside construct -> self attribute assignment in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeltLoadMonitor(nn.Cell):
    def __init__(self, rated_tph=3200.0, alarm_ratio=1.1):
        super().__init__()
        self.rated_tph = rated_tph
        self.alarm_ratio = alarm_ratio
        self.last_peak = 0.0
        self.n_windows = 0

    def construct(self, tph_window):
        peak = tph_window.max()
        self.last_peak = peak
        self.n_windows = self.n_windows + 1
        overload = peak > self.rated_tph * self.alarm_ratio
        return overload, tph_window.mean() / self.rated_tph


def make():
    np.random.seed(121)
    tph = np.random.normal(3000.0, 250.0, size=(60,)).astype(np.float32)
    return BeltLoadMonitor(), (Tensor(tph),)
