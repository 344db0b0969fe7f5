# case: minimum-duration smoothing that converts a run length tensor with int() and uses it as a Python range bound to blank out short speech runs -> int() of a tensor value fails in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShortRunRemover(nn.Cell):
    def __init__(self, min_frames=3):
        super().__init__()
        self.min_frames = min_frames

    def construct(self, vad, run_starts, run_lengths):
        # vad: (T,) float 0/1; run_starts / run_lengths: (R,) int32 speech runs
        out = vad
        for r in range(run_starts.shape[0]):
            length = int(run_lengths[r])
            if length < self.min_frames:
                start = int(run_starts[r])
                for k in range(length):
                    out[start + k] = 0.0
        return out


def make():
    np.random.seed(12)
    vad = np.zeros(20, dtype=np.float32)
    vad[2:4] = 1.0
    vad[7:13] = 1.0
    vad[16:17] = 1.0
    starts = Tensor(np.array([2, 7, 16], dtype=np.int32))
    lengths = Tensor(np.array([2, 6, 1], dtype=np.int32))
    return ShortRunRemover(), (Tensor(vad), starts, lengths)
