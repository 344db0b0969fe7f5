# case: piano-roll encoder builds the dense roll from note pitches with one_hot times velocity and a per-step mask, then runs a Conv2d subclass front end -> dense fixed-shape ops, static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_PITCHES = 48

class RollEncoderConfig:
    def __init__(self, channels=4, kernel=3, use_velocity=True):
        self.channels = channels
        self.kernel = kernel
        self.use_velocity = use_velocity

class RollConv(nn.Conv2d):
    def __init__(self, config):
        super().__init__(1, config.channels, kernel_size=config.kernel, pad_mode="same", has_bias=True)

    def construct(self, roll):
        if roll.ndim == 3:
            roll = roll.expand_dims(1)
        return ops.relu(super().construct(roll))

class DenseRollEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_velocity = config.use_velocity
        self.front = RollConv(config)

    def construct(self, pitches, velocities, step_mask):
        onehot = ops.one_hot(pitches, N_PITCHES, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        scale = velocities / 127.0 if self.use_velocity else ops.ones_like(velocities)
        roll = onehot * (scale * step_mask).expand_dims(-1)
        return self.front(roll)

def make():
    np.random.seed(3734)
    enc = DenseRollEncoder(RollEncoderConfig())
    pitches = Tensor(np.random.randint(0, N_PITCHES, size=(2, 16)).astype(np.int32))
    vel = Tensor(np.random.randint(30, 127, size=(2, 16)).astype(np.float32))
    mask = Tensor((np.random.rand(2, 16) > 0.25).astype(np.float32))
    return enc, (pitches, vel, mask)
