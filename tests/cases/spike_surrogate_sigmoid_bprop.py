# case: Heaviside spike function with a custom sigmoid surrogate bprop, gradient taken through a LIF step -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SigmoidSurrogateSpike(nn.Cell):
    def __init__(self, alpha=4.0):
        super().__init__()
        self.alpha = alpha
        self.sigmoid = ops.Sigmoid()

    def construct(self, x):
        return (x >= 0).astype(ms.float32)

    def bprop(self, x, out, dout):
        sg = self.sigmoid(self.alpha * x)
        return (dout * self.alpha * sg * (1 - sg),)


class LIFStep(nn.Cell):
    def __init__(self, threshold=0.5, decay=0.8):
        super().__init__()
        self.threshold = threshold
        self.decay = decay
        self.spike_fn = SigmoidSurrogateSpike()

    def construct(self, v, current):
        v = self.decay * v + current
        s = self.spike_fn(v - self.threshold)
        return s.sum()


class SurrogateGrad(nn.Cell):
    def __init__(self, net):
        super().__init__()
        self.net = net
        self.grad = ops.GradOperation(get_all=True)

    def construct(self, v, current):
        return self.grad(self.net)(v, current)


def make():
    np.random.seed(4)
    v = Tensor(np.random.rand(4, 8).astype(np.float32))
    cur = Tensor(np.random.randn(4, 8).astype(np.float32))
    return SurrogateGrad(LIFStep()), (v, cur)
