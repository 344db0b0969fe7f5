# case: x8 self-ensemble test mode enabled by config flag: flips and transposes in a Python loop, inverse transforms, mean of the eight outputs -> constant loop over transforms, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TestConfig:
    def __init__(self, num_feat=8, self_ensemble=True, ensemble_mode="mean"):
        self.num_feat = num_feat
        self.self_ensemble = self_ensemble
        self.ensemble_mode = ensemble_mode


TRANSFORMS = [(v, h, t) for v in (False, True) for h in (False, True) for t in (False, True)]


def _transform(x, vflip, hflip, transpose):
    if vflip:
        x = x.flip((-2,))
    if hflip:
        x = x.flip((-1,))
    if transpose:
        x = x.transpose(0, 1, 3, 2)
    return x


def _inverse(x, vflip, hflip, transpose):
    if transpose:
        x = x.transpose(0, 1, 3, 2)
    if hflip:
        x = x.flip((-1,))
    if vflip:
        x = x.flip((-2,))
    return x


class EnsembleSR(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.conv1 = nn.Conv2d(3, config.num_feat, 3, pad_mode="same", has_bias=True)
        self.conv2 = nn.Conv2d(config.num_feat, 3, 3, pad_mode="same", has_bias=True)
        self.self_ensemble = config.self_ensemble
        self.ensemble_mode = config.ensemble_mode

    def forward_once(self, x):
        return x + self.conv2(ops.relu(self.conv1(x)))

    def construct(self, lq):
        if not self.self_ensemble or self.training:
            return self.forward_once(lq)
        outs = [_inverse(self.forward_once(_transform(lq, *t)), *t) for t in TRANSFORMS]
        stacked = ops.stack(outs, axis=0)
        return stacked.median(axis=0)[0] if self.ensemble_mode == "median" else stacked.mean(axis=0)


def make():
    np.random.seed(10)
    lq = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    net = EnsembleSR(TestConfig())
    net.set_train(False)
    return net, (lq,)
