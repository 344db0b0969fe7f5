# case: increments a module-level counter of flood events each time the forward pass sees a level above flood stage -> global state mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FLOOD_EVENTS_SEEN = 0


class FloodEventTracker(nn.Cell):
    def __init__(self, flood_stage=3.0):
        super().__init__()
        self.flood_stage = flood_stage

    def construct(self, stage):
        global FLOOD_EVENTS_SEEN
        flooded = (stage > self.flood_stage).any()
        if flooded:
            FLOOD_EVENTS_SEEN = FLOOD_EVENTS_SEEN + 1
        exceed = ops.relu(stage - self.flood_stage)
        return exceed.sum(), FLOOD_EVENTS_SEEN


def make():
    np.random.seed(27)
    stage = np.random.uniform(1.5, 3.6, size=(24,)).astype(np.float32)
    return FloodEventTracker(), (Tensor(stage),)
