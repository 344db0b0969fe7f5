# case: recovery behaviour increments a module-level replan counter when the path is blocked and scales the speed by it -> global state mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

REPLAN_COUNT = 0


class RecoveryGovernor(nn.Cell):
    def __init__(self, block_thresh=0.35, base_speed=0.5):
        super().__init__()
        self.block_thresh = block_thresh
        self.base_speed = base_speed

    def construct(self, path_clearance):
        global REPLAN_COUNT
        blocked = (path_clearance < self.block_thresh).any()
        if blocked:
            REPLAN_COUNT += 1
        speed = self.base_speed / (1.0 + REPLAN_COUNT)
        return ops.full((2,), speed, dtype=ms.float32), blocked


def make():
    np.random.seed(25)
    clear = np.random.uniform(0.1, 2.0, size=(20,)).astype(np.float32)
    return RecoveryGovernor(), (Tensor(clear),)
