# case: feed-forward compressor frames the signal with reshape using hop from the constructor and length from x.shape, applies ops.where gain reduction -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockCompressor(nn.Cell):
    def __init__(self, block=8, threshold_db=-12.0, ratio=4.0, makeup_db=2.0):
        super().__init__()
        self.block = block
        self.threshold_db = threshold_db
        self.ratio = ratio
        self.makeup = float(10 ** (makeup_db / 20))

    def block_level_db(self, frames):
        rms = ops.sqrt((frames ** 2).mean(axis=-1, keep_dims=True) + 1e-10)
        return 20.0 * ops.log(rms) / 2.302585

    def construct(self, x):
        n_blocks = x.shape[-1] // self.block
        usable = n_blocks * self.block
        frames = x[..., :usable].reshape(x.shape[0], n_blocks, self.block)
        level = self.block_level_db(frames)
        over = level - self.threshold_db
        reduction_db = ops.where(over > 0, over * (1.0 - 1.0 / self.ratio), ops.zeros_like(over))
        gain = ops.pow(10.0, -reduction_db / 20.0) * self.makeup
        return (frames * gain).reshape(x.shape[0], usable)


def make():
    np.random.seed(38)
    x = Tensor((0.4 * np.random.randn(2, 70)).astype(np.float32))
    return BlockCompressor(), (x,)
