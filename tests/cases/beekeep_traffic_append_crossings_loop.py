# case: loops over entrance video frames and appends a frame's bee count to a list only when motion exceeds a threshold, then stacks -> dynamic or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameBeeCounter(nn.Cell):
    def __init__(self, pixels=64):
        super().__init__()
        self.fc = nn.Dense(pixels, 1)

    def construct(self, frame):
        return ops.relu(self.fc(frame.reshape(1, -1))).reshape(())


class ActiveFrameLog(nn.Cell):
    """Only frames with enough motion are logged as traffic events."""

    def __init__(self, motion_thr=0.3):
        super().__init__()
        self.counter = FrameBeeCounter()
        self.motion_thr = motion_thr

    def construct(self, video):
        events = []
        for t in range(1, video.shape[0]):
            motion = ops.abs(video[t] - video[t - 1]).mean()
            if motion > self.motion_thr:
                events.append(self.counter(video[t]))
        return ops.stack(events)


def make():
    np.random.seed(14)
    video = np.random.rand(8, 8, 8).astype(np.float32)
    return ActiveFrameLog(), (Tensor(video),)
