# case: accumulates per-frame bone lengths in a for loop over range(num_frames) where num_frames is a tensor input -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoneLengthAccumulator(nn.Cell):
    def __init__(self, parents=(0, 0, 1, 2, 3, 0, 5, 6, 7)):
        super().__init__()
        self.parents = Tensor(np.array(parents, dtype=np.int32))

    def bone_lengths(self, frame):
        parent_pos = ops.gather(frame, self.parents, 0)
        diff = frame - parent_pos
        return ops.sqrt((diff * diff).sum(axis=-1) + 1e-8)

    def construct(self, keypoints, num_frames):
        total = ops.zeros((keypoints.shape[1],), ms.float32)
        for i in range(num_frames):
            total = total + self.bone_lengths(keypoints[i])
        return total / num_frames.astype(ms.float32)


def make():
    np.random.seed(33)
    kp = Tensor(np.random.randn(10, 9, 3).astype(np.float32))
    return BoneLengthAccumulator(), (kp, Tensor(6, ms.int32))
