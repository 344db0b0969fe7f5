# case: counts bees in every entrance frame over a constant-length loop and gates each count by motion before stacking -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActiveFrameLog(nn.Cell):
    """Per-frame traffic counts, zeroed where the frame difference shows no motion."""

    def __init__(self, n_frames=8, pixels=64, motion_thr=0.3):
        super().__init__()
        self.fc = nn.Dense(pixels, 1)
        self.n_frames = n_frames
        self.motion_thr = motion_thr

    def count(self, frame):
        return ops.relu(self.fc(frame.reshape(1, -1))).reshape(())

    def construct(self, video):
        counts = []
        for t in range(1, self.n_frames):
            motion = ops.abs(video[t] - video[t - 1]).mean()
            gate = (motion > self.motion_thr).astype(ms.float32)
            counts.append(self.count(video[t]) * gate)
        return ops.stack(counts)


def make():
    np.random.seed(15)
    video = np.random.rand(8, 8, 8).astype(np.float32)
    return ActiveFrameLog(), (Tensor(video),)
