# case: increments a module-level frame counter and stores the last count in a global dict from construct -> global state mutation inside Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FRAME_STATS = {"frames": 0, "last_count": None}


class VideoCrowdCounter(nn.Cell):
    def __init__(self, ch=3):
        super().__init__()
        self.enc = nn.Conv2d(ch, 6, 3, pad_mode="same")
        self.dec = nn.Conv2d(6, 1, 1)

    def construct(self, frame):
        density = ops.relu(self.dec(ops.relu(self.enc(frame))))
        count = density.sum()
        FRAME_STATS["frames"] += 1
        FRAME_STATS["last_count"] = count
        return density


def make():
    np.random.seed(14)
    frame = np.random.rand(1, 3, 10, 10).astype(np.float32)
    return VideoCrowdCounter(), (Tensor(frame),)
