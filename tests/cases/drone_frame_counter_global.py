# case: increments a module-level global frame counter inside construct to decide when to refresh the obstacle map -> global state mutation in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FRAME_COUNT = 0
REFRESH_EVERY = 3


class ObstacleMapUpdater(nn.Cell):
    def __init__(self, decay=0.9):
        super().__init__()
        self.decay = decay

    def construct(self, occ_map, new_scan):
        global FRAME_COUNT
        FRAME_COUNT += 1
        if FRAME_COUNT % REFRESH_EVERY == 0:
            return new_scan
        return ops.maximum(occ_map * self.decay, new_scan)


def make():
    np.random.seed(22)
    occ = np.random.rand(8, 8).astype(np.float32)
    scan = (np.random.rand(8, 8) > 0.8).astype(np.float32)
    return ObstacleMapUpdater(), (Tensor(occ), Tensor(scan))
