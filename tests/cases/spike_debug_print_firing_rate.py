# case: layer prints formatted per-layer firing rates during forward for debugging -> compile error at line 36
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpikingLayer(nn.Cell):
    def __init__(self, in_dim, out_dim, threshold=1.0, decay=0.5):
        super().__init__()
        self.fc = nn.Dense(in_dim, out_dim)
        self.threshold = threshold
        self.decay = decay

    def construct(self, x_seq):
        v = ops.zeros((x_seq.shape[1], self.fc.out_channels), ms.float32)
        out = []
        for t in range(x_seq.shape[0]):
            v = self.decay * v + self.fc(x_seq[t])
            s = (v >= self.threshold).astype(ms.float32)
            v = v - s * self.threshold
            out.append(s)
        return ops.stack(out)


class TwoLayerSNN(nn.Cell):
    def __init__(self, verbose=True):
        super().__init__()
        self.layers = nn.CellList([SpikingLayer(6, 10), SpikingLayer(10, 3)])
        self.verbose = verbose

    def construct(self, x_seq):
        h = x_seq
        for i, layer in enumerate(self.layers):
            h = layer(h)
            if self.verbose:
                print(f"layer {i}: firing rate {float(h.mean()):.3f}")
        return h.sum(axis=0)


def make():
    np.random.seed(18)
    x = Tensor(np.random.rand(4, 2, 6).astype(np.float32) * 2)
    return TwoLayerSNN(), (x,)
