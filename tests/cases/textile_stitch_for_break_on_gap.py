# case: walk the stitch peak positions in a for loop and break at the first gap larger than the allowed pitch, returning the clean prefix -> for loop with tensor-dependent break changing the output shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeamPrefix(nn.Cell):
    def __init__(self, max_pitch=3.0):
        super().__init__()
        self.max_pitch = max_pitch

    def construct(self, positions):
        gaps = positions[1:] - positions[:-1]
        end = positions.shape[0]
        for i in range(gaps.shape[0]):
            if gaps[i] > self.max_pitch:
                end = i + 1
                break
        return positions[:end]


def make():
    np.random.seed(22)
    pos = np.cumsum(np.random.rand(15) * 2.0 + 1.5).astype(np.float32)
    pos[9] += 4.0
    pos[10:] += 4.0
    return SeamPrefix(), (Tensor(pos),)
