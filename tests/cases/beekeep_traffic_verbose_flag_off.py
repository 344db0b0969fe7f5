# case: entrance counter with a Python-bool verbose flag left False, so the debug branch is pruned at compile time -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EntranceCounter(nn.Cell):
    """Density-map bee counter; in/out split from the two halves of the entrance."""

    def __init__(self, ch=1, verbose=False, split_in_out=True):
        super().__init__()
        self.density = nn.Conv2d(ch, 1, 3, pad_mode="same")
        self.verbose = verbose
        self.split_in_out = split_in_out

    def construct(self, frames):
        dmap = ops.relu(self.density(frames))
        if self.verbose:
            print("density map", dmap)
        if self.split_in_out:
            w = dmap.shape[-1] // 2
            return dmap[..., :w].sum(axis=(1, 2, 3)), dmap[..., w:].sum(axis=(1, 2, 3))
        return dmap.sum(axis=(1, 2, 3)), dmap.sum(axis=(1, 2, 3))


def make():
    np.random.seed(27)
    frames = np.random.rand(4, 1, 10, 10).astype(np.float32)
    return EntranceCounter(), (Tensor(frames),)
