# case: concat-mode fusion stacks both dates on channels, then a decoder splits the block back into halves at x.shape[1] // 2 to form a residual -> slice bounds from static shape, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DIFF_MODES = ("abs", "concat", "cosine")


class FusionConfig:
    diff_mode = "concat"
    channels = 6


def fuse(a, b, mode):
    if mode == "abs":
        return ops.abs(a - b)
    if mode == "concat":
        return ops.cat((a, b), axis=1)
    return (a * b).sum(axis=1, keepdims=True)


class ConcatResidualDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        assert config.diff_mode in DIFF_MODES
        self.diff_mode = config.diff_mode
        in_ch = 2 * config.channels if self.diff_mode == "concat" else config.channels
        self.mix = nn.Conv2d(in_ch, config.channels, 1)

    def construct(self, feat_t1, feat_t2):
        fused = fuse(feat_t1, feat_t2, self.diff_mode)
        half = fused.shape[1] // 2
        first, second = fused[:, :half], fused[:, half:]
        return self.mix(fused) + (second - first)


def make():
    np.random.seed(32)
    a = Tensor(np.random.rand(2, 6, 12, 12).astype(np.float32))
    b = Tensor(np.random.rand(2, 6, 12, 12).astype(np.float32))
    return ConcatResidualDecoder(FusionConfig()), (a, b)
