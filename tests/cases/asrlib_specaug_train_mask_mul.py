# case: in-graph SpecAugment in training mode: random mask widths from ops.rand, masks built by comparing aranges over the feature shape and applied by multiplication -> masks keep the input shape, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpecAugConfig:
    num_t_mask = 2
    num_f_mask = 2
    max_t = 10
    max_f = 4


def axis_mask(batch, size, max_width, dtype):
    """One random band per utterance along an axis of length `size` -> (B, size) keep-mask."""
    width = ops.floor(ops.rand(batch, 1) * max_width)
    start = ops.floor(ops.rand(batch, 1) * (size - width))
    pos = ops.arange(size, dtype=ms.float32).expand_dims(0)
    band = ops.logical_and(pos >= start, pos < start + width)
    return 1.0 - band.astype(dtype)


class SpecAugment(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = SpecAugConfig() if config is None else config
        self.num_t_mask, self.num_f_mask = config.num_t_mask, config.num_f_mask
        self.max_t, self.max_f = config.max_t, config.max_f

    def construct(self, feats):
        if not self.training:
            return feats
        b, t, f = feats.shape
        for _ in range(self.num_t_mask):
            feats = feats * axis_mask(b, t, self.max_t, feats.dtype).expand_dims(2)
        for _ in range(self.num_f_mask):
            feats = feats * axis_mask(b, f, self.max_f, feats.dtype).expand_dims(1)
        return feats


def make():
    np.random.seed(6)
    net = SpecAugment()
    net.set_train(True)
    feats = Tensor(np.random.randn(2, 50, 20).astype(np.float32))
    return net, (feats,)
