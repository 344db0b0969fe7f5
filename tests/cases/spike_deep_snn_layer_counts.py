# case: deep SNN built from a CellList of LIF layers returning a tuple of per-layer spike counts -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LIFDense(nn.Cell):
    def __init__(self, in_dim, out_dim, beta=0.8, threshold=1.0):
        super().__init__()
        self.fc = nn.Dense(in_dim, out_dim)
        self.beta = beta
        self.threshold = threshold

    def construct(self, x_seq):
        v = ops.zeros((x_seq.shape[1], self.fc.out_channels), ms.float32)
        out = []
        for t in range(x_seq.shape[0]):
            v = self.beta * v + self.fc(x_seq[t])
            s = ops.cast(v > self.threshold, ms.float32)
            v = v - s * self.threshold
            out.append(s)
        return ops.stack(out)


class DeepSNN(nn.Cell):
    def __init__(self, sizes=(6, 12, 8, 3)):
        super().__init__()
        self.layers = nn.CellList([LIFDense(a, b) for a, b in zip(sizes[:-1], sizes[1:])])

    def construct(self, x_seq):
        counts = ()
        h = x_seq
        for layer in self.layers:
            h = layer(h)
            counts = counts + (h.sum(axis=(0, 2)),)
        return h.mean(axis=0), counts


def make():
    np.random.seed(28)
    x = Tensor((np.random.rand(5, 2, 6) > 0.5).astype(np.float32) * 2)
    return DeepSNN(), (x,)
