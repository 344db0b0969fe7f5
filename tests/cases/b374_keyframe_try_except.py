# case: optional keyframe conditioning wraps the concat in try/except to fall back to unconditioned frames when channel counts mismatch -> try statement in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CondConfig:
    def __init__(self, latent_channels=4, cond_channels=4, strict_cond=False):
        self.latent_channels = latent_channels
        self.cond_channels = cond_channels
        self.strict_cond = strict_cond


class ConditionedConvIn(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.strict = config.strict_cond
        cin = config.latent_channels + config.cond_channels
        self.conv_in = nn.Conv2d(cin, 16, 3, pad_mode="same")
        self.conv_plain = nn.Conv2d(config.latent_channels, 16, 3, pad_mode="same")

    def fuse(self, latents, keyframe_latents):
        try:
            h = self.conv_in(ops.cat((latents, keyframe_latents), axis=1))
        except ValueError:
            if self.strict:
                raise
            h = self.conv_plain(latents)
        return h

    def construct(self, latents, keyframe_latents=None):
        if keyframe_latents is None:
            return self.conv_plain(latents)
        return self.fuse(latents, keyframe_latents)


def make():
    np.random.seed(37414)
    z = Tensor(np.random.randn(4, 4, 8, 8).astype(np.float32))
    kf = Tensor(np.random.randn(4, 4, 8, 8).astype(np.float32))
    return ConditionedConvIn(CondConfig()), (z, kf)
