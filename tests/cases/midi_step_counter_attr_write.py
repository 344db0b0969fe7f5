# case: onset detector that counts processed frames by writing self.frames_seen in construct -> attribute write on self in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamingOnsetDetector(nn.Cell):
    def __init__(self, threshold=0.3):
        super().__init__()
        self.threshold = threshold
        self.frames_seen = 0
        self.conv = nn.Conv1d(88, 8, kernel_size=3, pad_mode="same")

    def construct(self, roll):
        # roll: (batch, 88, time)
        self.frames_seen = self.frames_seen + roll.shape[-1]
        feats = ops.relu(self.conv(roll))
        onset_prob = ops.sigmoid(feats.mean(axis=1))
        return onset_prob > self.threshold


def make():
    np.random.seed(11)
    roll = (np.random.rand(2, 88, 20) > 0.9).astype(np.float32)
    return StreamingOnsetDetector(), (Tensor(roll),)
