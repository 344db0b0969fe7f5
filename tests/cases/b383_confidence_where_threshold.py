# case: hotword confidence (geometric mean of per-keyword max posteriors in a sliding window) gated with three-argument ops.where against the threshold, looks like a data-dependent selection -> fixed shapes, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfidenceConfig:
    window = 20
    threshold = 0.4
    return_raw = False


def pad_past(post, window):
    x = post.transpose(0, 2, 1)
    return ops.pad(x, (window - 1, 0), value=0.0)


class HotwordConfidence(nn.Cell):
    def __init__(self, config=ConfidenceConfig()):
        super().__init__()
        self.window = config.window
        self.threshold = config.threshold
        self.return_raw = config.return_raw
        self.pool = nn.MaxPool1d(kernel_size=config.window, stride=1)

    def construct(self, posteriors):
        kw = posteriors[..., 1:]
        peaks = self.pool(pad_past(kw, self.window)).transpose(0, 2, 1)
        conf = ops.exp(ops.log(peaks + 1e-6).mean(axis=-1))
        gated = ops.where(conf > self.threshold, conf, ops.zeros_like(conf))
        if self.return_raw:
            return gated, conf
        return gated


def make():
    np.random.seed(38323)
    post = np.random.rand(1, 49, 4).astype(np.float32)
    post /= post.sum(-1, keepdims=True)
    return HotwordConfidence(), (Tensor(post),)
