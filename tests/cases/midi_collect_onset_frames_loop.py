# case: loops over frames and appends the frame to a list only when an onset is present, then stacks the list -> data-dependent list growth in a for loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OnsetFrameCollector(nn.Cell):
    def __init__(self, num_frames=12):
        super().__init__()
        self.num_frames = num_frames

    def construct(self, roll, onsets):
        picked = []
        for t in range(self.num_frames):
            if onsets[t] > 0:
                picked.append(roll[t])
        if len(picked) == 0:
            return ops.zeros((1, roll.shape[1]), ms.float32)
        return ops.stack(picked, axis=0)


def make():
    np.random.seed(16)
    roll = np.random.rand(12, 24).astype(np.float32)
    onsets = (np.random.rand(12) > 0.6).astype(np.float32)
    onsets[0] = 1.0
    return OnsetFrameCollector(), (Tensor(roll), Tensor(onsets))
