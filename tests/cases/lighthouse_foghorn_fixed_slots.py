# case: fill a fixed number of fog horn slots with a while loop on a tensor counter, masking slots past the fog duration -> shapes constant across iterations, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


MAX_SLOTS = 8


class FogHornScheduler(nn.Cell):
    def __init__(self, blast_s=2.0, silence_s=28.0):
        super().__init__()
        self.period = blast_s + silence_s
        self.slot_ids = Tensor(np.arange(MAX_SLOTS, dtype=np.float32))

    def construct(self, fog_duration_s):
        schedule = ops.zeros((MAX_SLOTS,), ms.float32)
        i = Tensor(0, ms.int32)
        while i < MAX_SLOTS:
            onehot = (self.slot_ids == i.astype(ms.float32)).astype(ms.float32)
            schedule = schedule + onehot * i.astype(ms.float32) * self.period
            i = i + 1
        active = (schedule < fog_duration_s).astype(ms.float32)
        return schedule * active, active


def make():
    np.random.seed(3044)
    dur = Tensor(np.float32(150.0))
    return FogHornScheduler(), (dur,)
