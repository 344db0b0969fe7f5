# case: spike function uses a sigmoid surrogate with straight-through trick while training and a plain Heaviside step in eval, selected by self.training -> Python flag branch with equal shapes, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SURROGATE_ALPHA = {"sigmoid": 4.0, "atan": 2.0}


def heaviside(x):
    return (x >= 0).astype(x.dtype)


class SpikeFunction(nn.Cell):
    def __init__(self, surrogate="sigmoid", alpha=None, v_threshold=1.0):
        super().__init__()
        self.alpha = SURROGATE_ALPHA[surrogate] if alpha is None else alpha
        self.use_atan = surrogate == "atan"
        self.v_threshold = v_threshold

    def _soft(self, x):
        if self.use_atan:
            return ops.atan(self.alpha * x) / np.pi + 0.5
        return ops.sigmoid(self.alpha * x)

    def construct(self, v):
        x = v - self.v_threshold
        if self.training:
            soft = self._soft(x)
            return ops.stop_gradient(heaviside(x) - soft) + soft
        return heaviside(x)


class LIFLayer(nn.Cell):
    def __init__(self, in_features, out_features, tau=2.0, **spike_kwargs):
        super().__init__()
        self.fc = nn.Dense(in_features, out_features)
        self.spike_fn = SpikeFunction(**spike_kwargs)
        self.tau = tau

    def construct(self, x_seq):
        v = ops.zeros((x_seq.shape[1], self.fc.out_channels), ms.float32)
        out = []
        for t in range(x_seq.shape[0]):
            v = v + (self.fc(x_seq[t]) - v) / self.tau
            s = self.spike_fn(v)
            v = v * (1.0 - s)
            out.append(s)
        return ops.stack(out)


def make():
    np.random.seed(3832)
    net = LIFLayer(8, 5, surrogate="atan")
    net.set_train(True)
    x_seq = Tensor(np.random.rand(4, 2, 8).astype(np.float32) * 3.0)
    return net, (x_seq,)
