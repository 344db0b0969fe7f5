# case: SpecAugment time masking whose mask start/width are read from tensors with .item() inside a helper during training -> Graph mode should reject or go dynamic on the data-dependent slice
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpecAugConfig:
    def __init__(self, max_time_width=8, num_time_masks=2, apply_freq_mask=False):
        self.max_time_width = max_time_width
        self.num_time_masks = num_time_masks
        self.apply_freq_mask = apply_freq_mask


class SpecAugment(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_time_width = config.max_time_width
        self.num_time_masks = config.num_time_masks
        self.apply_freq_mask = getattr(config, "apply_freq_mask", False)

    def _mask_time(self, feats, width, start):
        w = int(width.item())
        s = int(start.item())
        zeros = ops.zeros_like(feats[:, s:s + w, :])
        return ops.concat((feats[:, :s, :], zeros, feats[:, s + w:, :]), axis=1)

    def construct(self, feats, widths, starts):
        if not self.training:
            return feats
        for i in range(self.num_time_masks):
            feats = self._mask_time(feats, widths[i], starts[i])
        return feats


def make():
    np.random.seed(3301)
    cfg = SpecAugConfig()
    net = SpecAugment(cfg)
    net.set_train(True)
    feats = Tensor(np.random.randn(2, 40, 16).astype(np.float32))
    widths = Tensor(np.array([5, 3], dtype=np.int32))
    starts = Tensor(np.array([4, 20], dtype=np.int32))
    return net, (feats, widths, starts)
