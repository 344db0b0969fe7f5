# case: finds frames where the hand detector fired with ops.nonzero and gathers only those frames -> data-dependent size, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PresentFrameEncoder(nn.Cell):
    def __init__(self, joints=21, hidden=32):
        super().__init__()
        self.embed = nn.Dense(joints * 2, hidden)
        self.act = nn.ReLU()

    def present_frames(self, hand_score):
        idx = ops.nonzero(hand_score > 0.3)
        return idx.reshape(-1)

    def construct(self, hand_kp, hand_score):
        # hand_kp: (T, 21, 2), hand_score: (T,)
        idx = self.present_frames(hand_score)
        frames = ops.gather(hand_kp, idx, 0)
        h = self.act(self.embed(frames.reshape(frames.shape[0], -1)))
        return h.max(axis=0)


def make():
    np.random.seed(2)
    kp = Tensor(np.random.randn(10, 21, 2).astype(np.float32))
    score = Tensor(np.random.rand(10).astype(np.float32))
    return PresentFrameEncoder(), (kp, score)
