# case: diffusers-style `if not ops.is_tensor(timesteps)` guard; timesteps is a Tensor, so the branch is dead
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TimeEmbed(nn.Cell):
    def __init__(self):
        super().__init__()
        self.proj = nn.Dense(1, 4)

    def construct(self, sample, timestep):
        timesteps = timestep
        if not ops.is_tensor(timesteps):
            timesteps = ms.Tensor([timesteps], dtype=ms.float32)
        emb = self.proj(timesteps.reshape(-1, 1).astype(ms.float32))
        return sample + emb


def make():
    return TimeEmbed(), (Tensor(np.random.randn(2, 4).astype(np.float32)), Tensor(np.array([3.0], np.float32)))
