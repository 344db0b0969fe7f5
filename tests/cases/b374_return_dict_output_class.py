# case: video UNet returns a plain Python VideoUNetOutput(sample=..., motion_features=...) object because config.use_return_dict defaults to True -> plain class instance built and returned from construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VideoUNetOutput:
    def __init__(self, sample, motion_features=None):
        self.sample = sample
        self.motion_features = motion_features


class VideoUNetConfig:
    def __init__(self, in_channels=4, hidden=8, use_return_dict=True):
        self.in_channels = in_channels
        self.hidden = hidden
        self.use_return_dict = use_return_dict


class TinyVideoUNet(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.conv_in = nn.Conv3d(config.in_channels, config.hidden, 3, pad_mode="same")
        self.act = nn.SiLU()
        self.conv_out = nn.Conv3d(config.hidden, config.in_channels, 3, pad_mode="same")

    def construct(self, sample, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.config.use_return_dict
        h = self.act(self.conv_in(sample))
        out = self.conv_out(h)
        if not return_dict:
            return (out, h)
        return VideoUNetOutput(sample=out, motion_features=h)


def make():
    np.random.seed(37415)
    x = Tensor(np.random.randn(1, 4, 4, 8, 8).astype(np.float32))
    return TinyVideoUNet(VideoUNetConfig()), (x,)
