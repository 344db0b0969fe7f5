# case: stage mixer regroups microphone frames into blocks whose length is read from the buffer-size tensor, reshaping with it -> reshape size from data, expect error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockRms(nn.Cell):
    def __init__(self, n_mics=4):
        super().__init__()
        self.n_mics = n_mics

    def construct(self, frames, block_len):
        blk = int(block_len.asnumpy())
        n_blocks = frames.shape[1] // blk
        blocks = frames[:, :n_blocks * blk].reshape(self.n_mics, n_blocks, blk)
        return ops.sqrt((blocks * blocks).mean(axis=-1))


def make():
    np.random.seed(201)
    frames = Tensor((np.random.randn(4, 512) * 0.2).astype(np.float32))
    blk = Tensor(np.array(64, dtype=np.int32))
    return BlockRms(), (frames, blk)
