# case: Heaviside spike Cell with a custom bprop implementing the rectangular surrogate gradient, used by a LIF layer and differentiated with ms.grad -> custom bprop Cell with static shapes, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

RECT_WIDTH = 1.0


class RectangularSpike(nn.Cell):
    def __init__(self, width=RECT_WIDTH):
        super().__init__()
        self.width = width

    def construct(self, x):
        return (x >= 0).astype(x.dtype)

    def bprop(self, x, out, dout):
        window = (ops.abs(x) < self.width / 2).astype(x.dtype) / self.width
        return (dout * window,)


class LIFLayer(nn.Cell):
    def __init__(self, in_features, out_features, tau=2.0, v_threshold=1.0):
        super().__init__()
        self.fc = nn.Dense(in_features, out_features)
        self.spike = RectangularSpike()
        self.tau = tau
        self.v_threshold = v_threshold

    def construct(self, x_seq):
        v = ops.zeros((x_seq.shape[1], self.fc.out_channels), ms.float32)
        counts = ops.zeros_like(v)
        for t in range(x_seq.shape[0]):
            v = v + (self.fc(x_seq[t]) - v) / self.tau
            s = self.spike(v - self.v_threshold)
            v = v * (1.0 - s)
            counts = counts + s
        return counts.mean()


class GradStep(nn.Cell):
    def __init__(self, net):
        super().__init__()
        self.net = net
        self.grad_fn = ms.grad(self.net, grad_position=None, weights=self.net.trainable_params())

    def construct(self, x_seq):
        return self.net(x_seq), self.grad_fn(x_seq)


def make():
    np.random.seed(3838)
    x_seq = Tensor(np.random.rand(4, 2, 6).astype(np.float32) * 3.0)
    return GradStep(LIFLayer(6, 4)), (x_seq,)
