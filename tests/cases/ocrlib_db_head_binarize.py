# case: DB text-detection head producing shrink/threshold/binary maps, differentiable binarization only under self.training and an adaptive flag from the config -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DBHeadConfig:
    def __init__(self, in_channels=32, k=50, adaptive=True, bias=False, return_dict=False):
        self.in_channels = in_channels
        self.k = k
        self.adaptive = adaptive
        self.bias = bias
        self.return_dict = return_dict


def _upsample_branch(in_ch, bias):
    mid = in_ch // 4
    return nn.SequentialCell([
        nn.Conv2d(in_ch, mid, 3, pad_mode="pad", padding=1, has_bias=bias),
        nn.BatchNorm2d(mid),
        nn.ReLU(),
        nn.Conv2dTranspose(mid, mid, 2, stride=2, has_bias=True),
        nn.BatchNorm2d(mid),
        nn.ReLU(),
        nn.Conv2dTranspose(mid, 1, 2, stride=2, has_bias=True),
        nn.Sigmoid(),
    ])


class DBHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.k = config.k
        self.adaptive = config.adaptive
        self.return_dict = config.return_dict
        self.segment = _upsample_branch(config.in_channels, config.bias)
        if self.adaptive:
            self.threshold = _upsample_branch(config.in_channels, config.bias)

    def _step_function(self, prob, thresh):
        return ops.sigmoid(self.k * (prob - thresh))

    def construct(self, features):
        prob = self.segment(features)
        outputs = (prob,)
        if self.adaptive and self.training:
            thresh = self.threshold(features)
            binary = self._step_function(prob, thresh)
            outputs = outputs + (thresh, binary)
        if self.return_dict:
            return {"binary": outputs[0]}
        return outputs


def make():
    np.random.seed(3)
    cfg = DBHeadConfig()
    head = DBHead(cfg)
    head.set_train(True)
    x = Tensor(np.random.randn(1, 32, 16, 16).astype(np.float32))
    return head, (x,)
