# case: appends each batch's motif hit scores to a module-level list and returns the running mean over all recorded batches -> global mutable state in construct, error or constant-folded in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

HIT_HISTORY = []


class MotifHitLogger(nn.Cell):
    def __init__(self, motif_len=4):
        super().__init__()
        self.conv = nn.Conv1d(4, 2, motif_len, pad_mode="valid", has_bias=True)

    def construct(self, onehot):
        scores = self.conv(onehot).max(axis=-1)
        HIT_HISTORY.append(scores)
        stacked = ops.stack(HIT_HISTORY)
        return stacked.mean(axis=0)


def make():
    np.random.seed(27)
    del HIT_HISTORY[:]
    seq = np.random.randint(0, 4, size=(2, 18))
    onehot = np.eye(4, dtype=np.float32)[seq].transpose(0, 2, 1)
    return MotifHitLogger(), (Tensor(onehot),)
