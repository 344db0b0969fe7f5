# case: garage levels holding at least one car collected into a Python set in a loop over tensor flags -> set built from tensor-dependent branches in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActiveLevels(nn.Cell):
    def __init__(self, slots_per_level=5, num_levels=3):
        super().__init__()
        self.slots_per_level = slots_per_level
        self.num_levels = num_levels

    def construct(self, occupied):
        levels = set()
        for i in range(self.num_levels * self.slots_per_level):
            if occupied[i] > 0:
                levels.add(i // self.slots_per_level)
        active = ops.zeros(self.num_levels, ms.int32)
        for lv in levels:
            active[lv] = 1
        return active


def make():
    np.random.seed(42)
    occ = Tensor(np.random.randint(0, 2, 15).astype(np.int32))
    return ActiveLevels(), (occ,)
