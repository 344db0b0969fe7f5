# case: index of the first STA/LTA trigger per station via argmax of the trigger mask, with ops.where returning -1 when no trigger remains -> fixed-size ops, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FirstTrigger(nn.Cell):
    def __init__(self, thr_on=2.5, sampling_rate=50.0):
        super().__init__()
        self.thr_on = thr_on
        self.sampling_rate = sampling_rate

    def construct(self, ratio):
        # ratio: (n_stations, n_samples)
        on = (ratio > self.thr_on).astype(ms.int32)
        first = ops.argmax(on, dim=1)
        has_trigger = on.max(axis=1) > 0
        first = ops.where(has_trigger, first, ops.full_like(first, -1))
        onset_time = first.astype(ms.float32) / self.sampling_rate
        return first, ops.where(has_trigger, onset_time, ops.zeros_like(onset_time))


def make():
    np.random.seed(42)
    ratio = (1.0 + np.random.rand(5, 40) * 2).astype(np.float32)
    ratio[1, 20] = 4.0
    return FirstTrigger(), (Tensor(ratio),)
