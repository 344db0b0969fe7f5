# case: training-only SpecAugment that draws each utterance's time-mask start with ops.randint and zeroes x[i, t0:t0 + w] in place -> slice start from tensor data in setitem, dynamic or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AugConfig:
    def __init__(self, time_mask_width=8, use_spec_aug=True):
        self.time_mask_width = time_mask_width
        self.use_spec_aug = use_spec_aug


class TimeMasking(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.width = config.time_mask_width
        self.enabled = getattr(config, "use_spec_aug", False)

    def _mask_one(self, x, i):
        t = x.shape[1]
        t0 = ops.randint(0, t - self.width, (1,))[0]
        x[i, t0:t0 + self.width, :] = 0.0
        return x

    def construct(self, feats):
        if self.training and self.enabled:
            for i in range(feats.shape[0]):
                feats = self._mask_one(feats, i)
        return feats


def make():
    np.random.seed(7)
    net = TimeMasking(AugConfig())
    net.set_train(True)
    feats = Tensor(np.random.randn(2, 40, 20).astype(np.float32))
    return net, (feats,)
