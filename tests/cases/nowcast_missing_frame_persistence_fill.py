# case: fill missing radar frames with the previous frame using ops.where in a constant-length loop over time -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GapFiller(nn.Cell):
    def __init__(self, fill_value=-999.0):
        super().__init__()
        self.fill_value = fill_value

    def construct(self, seq):
        # seq: (T, H, W); a missing frame is entirely fill_value
        t_len = seq.shape[0]
        prev = ops.where(seq[0] == self.fill_value, ops.zeros_like(seq[0]), seq[0])
        frames = [prev]
        for t in range(1, t_len):
            missing = (seq[t] == self.fill_value).all()
            cur = ops.where(missing, prev, seq[t])
            frames.append(cur)
            prev = cur
        return ops.stack(frames, axis=0)


def make():
    np.random.seed(105)
    seq = np.random.rand(5, 6, 6).astype(np.float32)
    seq[2] = -999.0
    return GapFiller(), (Tensor(seq),)
