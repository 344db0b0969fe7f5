# case: change decoder fuses an optional prior change map (e.g. from a previous epoch of the archive) that defaults to None and is checked with is None / isinstance -> None checks on arguments, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class DecoderConfig:
    channels = 8
    prior_weight = 0.3
    upsample = 2


class PriorFusionDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.head = nn.Conv2d(config.channels, 1, 3, pad_mode="same")
        self.prior_weight = config.prior_weight
        self.upsample = config.upsample

    def construct(self, diff_feat, prior: Optional[Tensor] = None, out_size=None):
        logit = self.head(diff_feat)
        if prior is not None and isinstance(prior, Tensor):
            logit = (1 - self.prior_weight) * logit + self.prior_weight * prior
        if out_size is None:
            out_size = (logit.shape[2] * self.upsample, logit.shape[3] * self.upsample)
        return ops.interpolate(logit, size=out_size, mode="bilinear", align_corners=False)


def make():
    np.random.seed(40)
    feat = Tensor(np.random.randn(1, 8, 12, 12).astype(np.float32))
    return PriorFusionDecoder(DecoderConfig()), (feat,)
