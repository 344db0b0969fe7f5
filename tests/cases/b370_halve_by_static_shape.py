# case: conv subsampling front-end crops the pen sequence to an even number of frames using x.shape before a stride-2 reshape (looks like a data-dependent trim) -> slice bounds come from the static shape, expect Graph mode to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SubsampleConfig:
    point_dim = 3
    hidden_size = 16
    subsample = 2
    output_lengths = True


class PairwiseSubsample(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.factor = config.subsample
        self.proj = nn.Dense(config.point_dim * config.subsample, config.hidden_size)
        self.output_lengths = getattr(config, "output_lengths", False)

    def construct(self, points, lengths):
        batch, max_len, dim = points.shape
        usable = (max_len // self.factor) * self.factor
        points = points[:, :usable, :]
        stacked = points.reshape(batch, usable // self.factor, dim * self.factor)
        hidden = self.proj(stacked)
        if self.output_lengths:
            return hidden, lengths // self.factor
        return hidden


def make():
    np.random.seed(3722)
    points = Tensor(np.random.randn(3, 27, 3).astype(np.float32))
    lengths = Tensor(np.array([27, 20, 13], dtype=np.int32))
    return PairwiseSubsample(SubsampleConfig()), (points, lengths)
