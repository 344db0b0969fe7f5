# case: accumulates the running total of predicted people in a plain Python attribute on self inside construct -> attribute write of tensor data on self in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamCounter(nn.Cell):
    def __init__(self, in_ch=3):
        super().__init__()
        self.backbone = nn.SequentialCell([
            nn.Conv2d(in_ch, 8, 3, pad_mode="same"),
            nn.ReLU(),
            nn.Conv2d(8, 1, 1),
            nn.ReLU(),
        ])
        self.total_seen = 0.0
        self.frames = 0

    def construct(self, frame):
        density = self.backbone(frame)
        count = density.sum()
        self.total_seen = self.total_seen + count
        self.frames = self.frames + 1
        return density, self.total_seen / self.frames


def make():
    np.random.seed(11)
    frame = np.random.rand(1, 3, 8, 8).astype(np.float32)
    return StreamCounter(), (Tensor(frame),)
