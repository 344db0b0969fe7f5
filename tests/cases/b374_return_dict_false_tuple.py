# case: video UNet whose output-class branch is reachable only with return_dict=True, but config.use_return_dict defaults to False and the caller passes nothing -> tuple returned, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VideoUNetOutput:
    def __init__(self, sample, motion_features=None):
        self.sample = sample
        self.motion_features = motion_features


class VideoUNetConfig:
    def __init__(self, in_channels=4, hidden=8, use_return_dict=False, output_hidden_states=True):
        self.in_channels = in_channels
        self.hidden = hidden
        self.use_return_dict = use_return_dict
        self.output_hidden_states = output_hidden_states


class TinyVideoUNet(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_return_dict = config.use_return_dict
        self.output_hidden_states = config.output_hidden_states
        self.conv_in = nn.Conv3d(config.in_channels, config.hidden, 3, pad_mode="same")
        self.act = nn.SiLU()
        self.conv_out = nn.Conv3d(config.hidden, config.in_channels, 3, pad_mode="same")

    def construct(self, sample):
        h = self.act(self.conv_in(sample))
        out = self.conv_out(h)
        if self.use_return_dict:
            return VideoUNetOutput(sample=out, motion_features=h)
        outputs = (out, h) if self.output_hidden_states else (out,)
        return outputs


def make():
    np.random.seed(37416)
    x = Tensor(np.random.randn(1, 4, 4, 8, 8).astype(np.float32))
    return TinyVideoUNet(VideoUNetConfig()), (x,)
