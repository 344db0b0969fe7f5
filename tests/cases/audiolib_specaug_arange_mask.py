# case: SpecAugment time masks built by comparing an arange against per-utterance start/width tensors and applied by multiplication; a freq-mask branch using .item() is behind a flag that defaults to False -> Graph mode should compile it statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_NUM_TIME_MASKS = 2


class SpecAugConfig:
    def __init__(self, num_time_masks=DEFAULT_NUM_TIME_MASKS, apply_freq_mask=False, freq_width=4):
        self.num_time_masks = num_time_masks
        self.apply_freq_mask = apply_freq_mask
        self.freq_width = freq_width


class SpecAugment(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_time_masks = config.num_time_masks
        self.apply_freq_mask = config.apply_freq_mask
        self.freq_width = config.freq_width

    def _freq_mask(self, feats, f0):
        start = int(f0.item())
        feats[:, :, start:start + self.freq_width] = 0.0
        return feats

    def construct(self, feats, starts, widths):
        if self.training:
            t = feats.shape[1]
            pos = ops.arange(t).reshape(1, t, 1)
            for i in range(self.num_time_masks):
                s = starts[:, i].reshape(-1, 1, 1)
                w = widths[:, i].reshape(-1, 1, 1)
                keep = ops.logical_or(pos < s, pos >= s + w)
                feats = feats * keep.astype(feats.dtype)
            if self.apply_freq_mask:
                feats = self._freq_mask(feats, starts[0, 0])
        return feats


def make():
    np.random.seed(3302)
    net = SpecAugment(SpecAugConfig())
    net.set_train(True)
    feats = Tensor(np.random.randn(2, 50, 20).astype(np.float32))
    starts = Tensor(np.array([[3, 30], [10, 41]], dtype=np.int64))
    widths = Tensor(np.array([[5, 2], [7, 4]], dtype=np.int64))
    return net, (feats, starts, widths)
