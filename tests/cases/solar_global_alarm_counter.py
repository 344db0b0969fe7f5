# case: fault detector increments a module-level global alarm counter inside construct each time it is called -> global state mutated in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ALARM_COUNT = 0


class ModuleFaultDetector(nn.Cell):
    def __init__(self, delta_t_limit=10.0):
        super().__init__()
        self.delta_t_limit = delta_t_limit

    def construct(self, module_temps, array_mean_temp):
        global ALARM_COUNT
        delta = module_temps - array_mean_temp
        faults = (delta > self.delta_t_limit).astype(ms.float32)
        ALARM_COUNT = ALARM_COUNT + 1
        return faults, delta


def make():
    np.random.seed(24)
    temps = np.random.uniform(40, 48, size=(32,)).astype(np.float32)
    temps[11] = 65.0
    return ModuleFaultDetector(), (Tensor(temps), Tensor(np.float32(44.0)))
