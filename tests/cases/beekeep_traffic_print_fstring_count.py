# case: prints an f-string with the per-frame bee count tensor for debugging inside construct of the entrance counter -> static or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EntranceCounter(nn.Cell):
    """Density-map bee counter for the hive entrance camera."""

    def __init__(self, ch=1, verbose=True):
        super().__init__()
        self.density = nn.Conv2d(ch, 1, 3, pad_mode="same")
        self.verbose = verbose

    def construct(self, frames):
        dmap = ops.relu(self.density(frames))
        counts = dmap.sum(axis=(1, 2, 3))
        if self.verbose:
            print(f"bees per frame: {counts}, busiest: {counts.max()}")
        return counts


def make():
    np.random.seed(26)
    frames = np.random.rand(4, 1, 10, 10).astype(np.float32)
    return EntranceCounter(), (Tensor(frames),)
