# case: trim the thermocouple log of a casting to the samples before the pour finished, the cut index read with .item() from the pour-end flag -> slice length from tensor value, expected error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PourWindow(nn.Cell):
    def __init__(self, liquidus=1000.0):
        super().__init__()
        self.liquidus = liquidus

    def construct(self, log_temps, pour_end_flags):
        end_idx = ops.argmax(pour_end_flags).item()
        pour = log_temps[:end_idx]
        superheat = pour - self.liquidus
        return superheat.mean(), pour.max()


def make():
    np.random.seed(33)
    temps = (1150.0 - np.cumsum(np.abs(np.random.randn(120))) * 2.0).astype(np.float32)
    flags = np.zeros(120, dtype=np.float32)
    flags[47] = 1.0
    return PourWindow(), (Tensor(temps), Tensor(flags))
