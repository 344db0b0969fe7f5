# case: the output flag is the argument when given, else the config's; the one build passes nothing and the config says True, so construct builds a plain output class from tensor data -> LAX dynamic, STRICT error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadOutput:
    def __init__(self, heatmaps):
        self.heatmaps = heatmaps


class HeadConfig:
    return_dict = True


class Head(nn.Cell):
    def __init__(self, config, return_dict=None):
        super().__init__()
        self.return_dict = config.return_dict if return_dict is None else return_dict
        self.layer = nn.Dense(8, 4)

    def construct(self, x):
        h = self.layer(x)
        if self.return_dict:
            return HeadOutput(h)
        return (h,)


def make():
    np.random.seed(1)
    return Head(HeadConfig()), (Tensor(np.random.randn(2, 8).astype(np.float32)),)
