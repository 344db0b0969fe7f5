# case: piano-roll encoder builds a sparse COOTensor from (time, pitch) note indices and velocities, then densifies it for a convolutional front end -> sparse tensor constructed in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_STEPS = 16
N_PITCHES = 48

class RollConfig:
    channels = 4
    use_velocity = True

class SparseRollEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_velocity = config.use_velocity
        self.conv = nn.Conv2d(1, config.channels, kernel_size=3, pad_mode="same")
        self.shape = (N_STEPS, N_PITCHES)

    def _to_roll(self, note_idx, velocities):
        values = velocities / 127.0 if self.use_velocity else ops.ones_like(velocities)
        roll = ms.COOTensor(note_idx, values, self.shape)
        return roll.to_dense()

    def construct(self, note_idx, velocities):
        roll = self._to_roll(note_idx, velocities)
        return self.conv(roll.reshape(1, 1, N_STEPS, N_PITCHES))

def make():
    np.random.seed(3733)
    enc = SparseRollEncoder(RollConfig())
    t = np.random.choice(N_STEPS, 10, replace=False)
    p = np.random.randint(0, N_PITCHES, size=10)
    idx = Tensor(np.stack([np.sort(t), p], axis=1).astype(np.int32))
    vel = Tensor(np.random.randint(40, 120, size=10).astype(np.float32))
    return enc, (idx, vel)
