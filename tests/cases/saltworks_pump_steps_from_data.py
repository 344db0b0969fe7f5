# case: pump transfer simulated in hourly steps where the number of steps is the pump run time held in a tensor, converted with int() for range() -> loop count from data, expect rejection or unrolling trouble
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PumpTransfer(nn.Cell):
    def __init__(self, pump_rate_m3_h=120.0, area_src_m2=3000.0, area_dst_m2=2000.0):
        super().__init__()
        self.rate = pump_rate_m3_h
        self.area_src = area_src_m2
        self.area_dst = area_dst_m2

    def construct(self, level_src_m, level_dst_m, run_hours):
        src = level_src_m
        dst = level_dst_m
        for _ in range(int(run_hours)):
            moved = ops.minimum(self.rate / self.area_src, src)
            src = src - moved
            dst = dst + moved * self.area_src / self.area_dst
        return src, dst


def make():
    np.random.seed(49)
    src = Tensor(np.random.uniform(0.2, 0.5, size=(3,)).astype(np.float32))
    dst = Tensor(np.random.uniform(0.1, 0.3, size=(3,)).astype(np.float32))
    hours = Tensor(np.array(5, dtype=np.int32))
    return PumpTransfer(), (src, dst, hours)
