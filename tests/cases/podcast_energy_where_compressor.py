# case: simple downward compressor that uses ops.where on frame energy against a threshold to choose compressed or raw gain -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameCompressor(nn.Cell):
    def __init__(self, threshold_db=-20.0, ratio=4.0, frame=32):
        super().__init__()
        self.threshold_db = threshold_db
        self.ratio = ratio
        self.frame = frame

    def construct(self, audio):
        b, n = audio.shape
        frames = audio.reshape(b, n // self.frame, self.frame)
        level_db = 10.0 * ops.log(ops.mean(frames * frames, axis=-1) + 1e-10) / 2.302585
        over = level_db - self.threshold_db
        gain_db = ops.where(over > 0, -over * (1.0 - 1.0 / self.ratio), ops.zeros_like(over))
        gain = ops.exp(gain_db / 20.0 * 2.302585).expand_dims(-1)
        return (frames * gain).reshape(b, n)


def make():
    np.random.seed(111)
    audio = Tensor((np.random.randn(2, 256) * 0.5).astype(np.float32))
    return FrameCompressor(), (audio,)
