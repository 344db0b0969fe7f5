# case: per-pond level correction loop iterating over the rows of a (pond, day) level tensor and stacking the corrected rows -> for over a tensor of static first dimension, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def seepage_correct(level_row, seepage_mm_day):
    days = ops.arange(0, level_row.shape[0], dtype=ms.float32)
    return level_row + seepage_mm_day * days / 10.0


class LevelCorrector(nn.Cell):
    def __init__(self, seepage_mm_day=1.5):
        super().__init__()
        self.seepage_mm_day = seepage_mm_day

    def construct(self, levels_cm):
        corrected = []
        for row in levels_cm:
            corrected.append(seepage_correct(row, self.seepage_mm_day))
        out = ops.stack(corrected)
        return out, out[:, -1] - out[:, 0]


def make():
    np.random.seed(47)
    levels = Tensor(np.random.uniform(15.0, 35.0, size=(4, 6)).astype(np.float32))
    return LevelCorrector(), (levels,)
