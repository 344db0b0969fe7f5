# case: per-stage epoch counts and minutes using one_hot over argmax predictions instead of unique -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StageHistogram(nn.Cell):
    STAGES = ("W", "N1", "N2", "N3", "REM")

    def __init__(self, epoch_sec=30.0):
        super().__init__()
        self.num_stages = len(self.STAGES)
        self.epoch_min = epoch_sec / 60.0
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, stage_logits):
        stages = ops.argmax(stage_logits, dim=-1)
        onehot = ops.one_hot(stages, self.num_stages, self.on, self.off)
        counts = onehot.sum(axis=0)
        minutes = counts * self.epoch_min
        present = (counts > 0).astype(ms.int32)
        return minutes, present.sum()


def make():
    np.random.seed(5)
    logits = np.random.randn(40, 5).astype(np.float32)
    return StageHistogram(), (Tensor(logits),)
