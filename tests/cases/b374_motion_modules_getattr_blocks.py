# case: UNet down path with motion modules inserted only at resolutions listed in config; each block stores motion_module or None and construct does getattr(block, "motion_module", None) before calling it -> config-resolved structure, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AnimateConfig:
    def __init__(self, channels=(8, 16), num_frames=4, motion_module_resolutions=(1,), use_motion=True):
        self.channels = channels
        self.num_frames = num_frames
        self.motion_module_resolutions = motion_module_resolutions
        self.use_motion = use_motion


class TemporalConv(nn.Cell):
    def __init__(self, channels, num_frames):
        super().__init__()
        self.f = num_frames
        self.conv = nn.Conv1d(channels, channels, 3, pad_mode="same")

    def construct(self, x):
        bf, c, h, w = x.shape
        b = bf // self.f
        t = x.reshape(b, self.f, c, h * w).transpose(0, 3, 2, 1).reshape(b * h * w, c, self.f)
        t = self.conv(t).reshape(b, h * w, c, self.f).transpose(0, 3, 2, 1).reshape(bf, c, h, w)
        return x + t


class DownBlock3D(nn.Cell):
    def __init__(self, cin, cout, motion_module=None):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, stride=2, pad_mode="same")
        self.motion_module = motion_module

    def construct(self, x):
        return ops.silu(self.conv(x))


class AnimateDownPath(nn.Cell):
    def __init__(self, config):
        super().__init__()
        chans = (4,) + tuple(config.channels)
        blocks = []
        for i, (a, b) in enumerate(zip(chans[:-1], chans[1:])):
            mm = TemporalConv(b, config.num_frames) if config.use_motion and i in config.motion_module_resolutions else None
            blocks.append(DownBlock3D(a, b, mm))
        self.blocks = nn.CellList(blocks)

    def construct(self, latents):
        h = latents
        skips = []
        for block in self.blocks:
            h = block(h)
            motion = getattr(block, "motion_module", None)
            if motion is not None:
                h = motion(h)
            skips.append(h)
        return h, tuple(skips)


def make():
    np.random.seed(37437)
    z = Tensor(np.random.randn(2 * 4, 4, 16, 16).astype(np.float32))
    return AnimateDownPath(AnimateConfig()), (z,)
