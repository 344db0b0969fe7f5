# case: prints an f-string alarm with the max temperature tensor when a tank overheats -> f-string and print of tensor data in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TankTemperatureAlarm(nn.Cell):
    def __init__(self, max_temp_c=26.0, verbose=True):
        super().__init__()
        self.max_temp_c = max_temp_c
        self.verbose = verbose

    def construct(self, temps):
        hottest = temps.max()
        over = temps > self.max_temp_c
        if self.verbose:
            print(f"tank alarm: max temperature {hottest} C, {over.sum()} sensors over limit")
        return over.astype(ms.float32)


def make():
    np.random.seed(16)
    temps = Tensor((np.random.rand(10) * 8 + 21).astype(np.float32))
    return TankTemperatureAlarm(), (temps,)
