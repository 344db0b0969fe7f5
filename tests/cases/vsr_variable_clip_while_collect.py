# case: processes a padded clip frame by frame in a while loop bounded by a tensor frame count, appending outputs to a list -> error or dynamic (loop count and list length depend on tensor data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClipRunner(nn.Cell):
    def __init__(self, ch=3, mid=6):
        super().__init__()
        self.mid = mid
        self.step = nn.Conv2d(ch + mid, mid, 3, pad_mode="same")
        self.head = nn.Conv2d(mid, ch, 3, pad_mode="same")

    def construct(self, clip, length):
        # clip: (T_max, C, H, W), length: actual number of frames
        t_max, c, h, w = clip.shape
        state = ops.zeros((1, self.mid, h, w), clip.dtype)
        outputs = []
        i = 0
        while i < length:
            frame = clip[i:i + 1]
            state = ops.relu(self.step(ops.cat((frame, state), axis=1)))
            outputs.append(self.head(state) + frame)
            i += 1
        return ops.cat(outputs, axis=0)


def make():
    np.random.seed(13)
    clip = Tensor(np.random.rand(6, 3, 8, 8).astype(np.float32))
    return ClipRunner(), (clip, Tensor(4, ms.int32))
