# case: selects drum-channel events from an event matrix with boolean-mask indexing and sums their velocities per drum -> boolean indexing gives dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DRUM_CHANNEL = 9


class DrumVelocityProfile(nn.Cell):
    def __init__(self, num_drums=16):
        super().__init__()
        self.num_drums = num_drums

    def construct(self, events):
        # events: (N, 4) columns = channel, pitch, velocity, time
        is_drum = events[:, 0] == DRUM_CHANNEL
        drum_events = events[is_drum]
        drum_ids = drum_events[:, 1] % self.num_drums
        onehot = ops.one_hot(drum_ids, self.num_drums, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        vel = drum_events[:, 2].astype(ms.float32)
        return ops.matmul(vel.reshape(1, -1), onehot)


def make():
    np.random.seed(4)
    ev = np.zeros((20, 4), dtype=np.int32)
    ev[:, 0] = np.random.choice([0, 1, 9], size=20)
    ev[:, 1] = np.random.randint(35, 60, size=20)
    ev[:, 2] = np.random.randint(1, 128, size=20)
    ev[:, 3] = np.arange(20)
    return DrumVelocityProfile(), (Tensor(ev),)
