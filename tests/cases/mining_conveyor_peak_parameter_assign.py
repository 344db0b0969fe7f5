# case: conveyor load monitor keeps the running belt-scale peak in a Parameter updated with ops.assign -> parameter state update, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class BeltLoadMonitorStateful(nn.Cell):
    def __init__(self, rated_tph=3200.0, alarm_ratio=1.1):
        super().__init__()
        self.rated_tph = rated_tph
        self.alarm_ratio = alarm_ratio
        self.running_peak = Parameter(Tensor(0.0, ms.float32), name="running_peak", requires_grad=False)
        self.n_windows = Parameter(Tensor(0, ms.int32), name="n_windows", requires_grad=False)

    def construct(self, tph_window):
        peak = tph_window.max()
        new_peak = ops.maximum(self.running_peak, peak)
        ops.assign(self.running_peak, new_peak)
        ops.assign_add(self.n_windows, Tensor(1, ms.int32))
        overload = peak > self.rated_tph * self.alarm_ratio
        return overload, tph_window.mean() / self.rated_tph, new_peak


def make():
    np.random.seed(122)
    tph = np.random.normal(3000.0, 250.0, size=(60,)).astype(np.float32)
    return BeltLoadMonitorStateful(), (Tensor(tph),)
