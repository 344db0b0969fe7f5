# case: string fault alarm prints an f-string containing the worst string's current tensor before returning the score -> f-string of tensor / print of data in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StringAlarm(nn.Cell):
    def __init__(self, site="PV-North", alarm_ratio=0.6):
        super().__init__()
        self.site = site
        self.alarm_ratio = alarm_ratio

    def construct(self, currents, reference):
        ratio = currents / reference
        worst = ratio.min()
        if worst < self.alarm_ratio:
            print(f"[{self.site}] string alarm: worst ratio {worst}")
        return 1.0 - ratio


def make():
    np.random.seed(19)
    cur = np.random.normal(8.0, 0.3, size=(16,)).astype(np.float32)
    cur[7] = 3.0
    ref = Tensor(np.float32(8.2))
    return StringAlarm(), (Tensor(cur), ref)
