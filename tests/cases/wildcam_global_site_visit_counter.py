# case: module-level global counter of processed camera sites incremented inside construct via the global statement -> error or unsupported: global state mutation in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SITES_PROCESSED = 0


class SiteActivity(nn.Cell):
    def __init__(self, hours=24):
        super().__init__()
        self.hours = hours

    def construct(self, triggers):
        global SITES_PROCESSED
        SITES_PROCESSED = SITES_PROCESSED + 1
        hourly = triggers.reshape(-1, self.hours).sum(axis=0)
        peak_hour = ops.argmax(hourly)
        nocturnal = hourly[:6].sum() + hourly[20:].sum()
        return peak_hour, nocturnal / hourly.sum()


def make():
    np.random.seed(16)
    triggers = Tensor(np.random.poisson(1.0, size=(3 * 24,)).astype(np.float32) + 0.1)
    return SiteActivity(), (triggers,)
