# case: list the ice-time slots whose cumulative skate wear passed the resurfacing threshold via ops.nonzero -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResurfaceSlotPicker(nn.Cell):
    """Given skater-minutes per slot, flag the slots after which the Zamboni must go out."""

    def __init__(self, wear_per_skater_min=0.02, wear_limit=1.0):
        super().__init__()
        self.wear_per_skater_min = wear_per_skater_min
        self.wear_limit = wear_limit
        self.cumsum = ops.CumSum()

    def construct(self, skater_minutes):
        wear = self.cumsum(skater_minutes * self.wear_per_skater_min, 0)
        cycles = ops.floor(wear / self.wear_limit)
        crossed = cycles[1:] > cycles[:-1]
        slots = ops.nonzero(crossed)
        return slots.reshape(-1) + 1


def make():
    np.random.seed(3117)
    mins = np.random.randint(200, 1800, size=(18,)).astype(np.float32)
    return ResurfaceSlotPicker(), (Tensor(mins),)
