# case: velocity tokenizer bins MIDI velocities with ops.bucketize against a module-level list of Python float edges and offsets into the event vocabulary -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_VELOCITY_BINS = 32
VELOCITY_EDGES = [float(e) for e in np.linspace(0, 128, N_VELOCITY_BINS + 1)[1:-1]]

class TokenizerConfig:
    velocity_offset = 356
    clip_velocity = True

class VelocityBinner(nn.Cell):
    def __init__(self, config, edges=None):
        super().__init__()
        self.edges = VELOCITY_EDGES if edges is None else list(edges)
        self.offset = config.velocity_offset
        self.clip_velocity = getattr(config, "clip_velocity", False)

    def construct(self, velocities, note_mask=None):
        if self.clip_velocity:
            velocities = ops.clamp(velocities, 0.0, 127.0)
        bins = ops.bucketize(velocities, self.edges).astype(ms.int32)
        tokens = bins + self.offset
        if note_mask is not None:
            tokens = tokens * note_mask
        return tokens

def make():
    np.random.seed(3729)
    b = VelocityBinner(TokenizerConfig())
    vel = Tensor(np.random.randint(0, 140, size=(2, 12)).astype(np.float32))
    mask = Tensor((np.random.rand(2, 12) > 0.3).astype(np.int32))
    return b, (vel, mask)
