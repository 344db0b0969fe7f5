# case: counts processed frames in a module-level global updated inside construct -> global state mutated in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FRAMES_SEEN = 0


class FrameCountingEncoder(nn.Cell):
    def __init__(self, joints=25):
        super().__init__()
        self.fc = nn.Dense(joints * 3, 8)

    def construct(self, clip):
        global FRAMES_SEEN
        FRAMES_SEEN = FRAMES_SEEN + clip.shape[0]
        x = clip.reshape(clip.shape[0], -1)
        return self.fc(x), FRAMES_SEEN


def make():
    np.random.seed(15)
    clip = Tensor(np.random.randn(7, 25, 3).astype(np.float32))
    return FrameCountingEncoder(), (clip,)
