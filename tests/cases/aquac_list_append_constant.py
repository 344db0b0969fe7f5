# case: collects per-camera fish counts in a list over a constant number of cameras and stacks them -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CameraCountHead(nn.Cell):
    def __init__(self, channels=3):
        super().__init__()
        self.conv = nn.Conv2d(channels, 1, 3, pad_mode="same")
        self.relu = nn.ReLU()

    def construct(self, frame):
        density = self.relu(self.conv(frame))
        return density.sum(axis=(1, 2, 3))


class MultiCameraCounter(nn.Cell):
    def __init__(self, num_cameras=3):
        super().__init__()
        self.num_cameras = num_cameras
        self.head = CameraCountHead()

    def construct(self, frames):
        # frames: (cameras, batch, C, H, W)
        counts = []
        for c in range(self.num_cameras):
            counts.append(self.head(frames[c]))
        stacked = ops.stack(counts, axis=1)
        return stacked, stacked.max(axis=1)


def make():
    np.random.seed(28)
    frames = Tensor(np.random.rand(3, 2, 3, 16, 16).astype(np.float32))
    return MultiCameraCounter(), (frames,)
