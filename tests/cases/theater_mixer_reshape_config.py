# case: stage mixer regroups microphone frames into fixed-length blocks from the mixer config and computes per-block RMS -> reshape from Python ints and shape, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockRms(nn.Cell):
    def __init__(self, block_len=64):
        super().__init__()
        self.block_len = block_len

    def construct(self, frames):
        n_mics, n_samples = frames.shape
        n_blocks = n_samples // self.block_len
        blocks = frames[:, :n_blocks * self.block_len].reshape(n_mics, n_blocks, self.block_len)
        rms = ops.sqrt((blocks * blocks).mean(axis=-1))
        return rms, rms.max(axis=-1)


def make():
    np.random.seed(202)
    frames = Tensor((np.random.randn(4, 500) * 0.2).astype(np.float32))
    return BlockRms(), (frames,)
