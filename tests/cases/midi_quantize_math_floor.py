# case: quantises note onset times to a sixteenth grid using math.floor on the tempo tensor -> math on a tensor inside construct, graph mode error
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OnsetQuantizer(nn.Cell):
    def __init__(self, steps_per_beat=4):
        super().__init__()
        self.steps_per_beat = steps_per_beat

    def construct(self, onsets_sec, bpm):
        sec_per_step = 60.0 / (bpm * self.steps_per_beat)
        max_steps = math.floor(onsets_sec.max() / sec_per_step) + 1
        steps = ops.round(onsets_sec / sec_per_step)
        return ops.clip(steps, 0, max_steps)


def make():
    np.random.seed(9)
    onsets = Tensor(np.sort(np.random.rand(12) * 4.0).astype(np.float32))
    bpm = Tensor(np.array(120.0, dtype=np.float32))
    return OnsetQuantizer(), (onsets, bpm)
