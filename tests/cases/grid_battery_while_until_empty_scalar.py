# case: discharges a battery in a while loop on a tensor condition until empty, counting hours, with scalar state of constant shape -> static (control flow only)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DischargeTimer(nn.Cell):
    def __init__(self, reserve_kwh=5.0, max_hours=48):
        super().__init__()
        self.reserve = reserve_kwh
        self.max_hours = max_hours

    def construct(self, soc, load_kw):
        hours = Tensor(0, ms.int32)
        while soc > self.reserve and hours < self.max_hours:
            soc = soc - load_kw
            hours = hours + 1
        soc = ops.maximum(soc, 0.0)
        return hours, soc


def make():
    np.random.seed(6)
    soc = Tensor(np.array(80.0, dtype=np.float32))
    load = Tensor(np.array(7.25, dtype=np.float32))
    return DischargeTimer(), (soc, load)
