# case: build the fog horn blast schedule by concatenating blasts in a while loop until the accumulated time reaches the fog duration tensor -> loop grows tensor shape from data, rejected or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FogHornScheduler(nn.Cell):
    def __init__(self, blast_s=2.0, silence_s=28.0):
        super().__init__()
        self.period = blast_s + silence_s
        self.blast_s = blast_s

    def construct(self, fog_duration_s):
        schedule = ops.zeros((1,), ms.float32)
        t = Tensor(0.0, ms.float32)
        while t < fog_duration_s:
            start = ops.reshape(t, (1,))
            schedule = ops.concat((schedule, start))
            t = t + self.period
        return schedule


def make():
    np.random.seed(3043)
    dur = Tensor(np.float32(150.0))
    return FogHornScheduler(), (dur,)
