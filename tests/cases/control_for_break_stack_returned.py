# case: a constant for loop appending spikes, left by a tensor break, the stacked raster returned whole -> ?
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EarlyStopSNN(nn.Cell):
    def __init__(self, in_dim=5, out_dim=3, threshold=1.0, beta=0.7, min_spikes=4):
        super().__init__()
        self.fc = nn.Dense(in_dim, out_dim)
        self.threshold = threshold
        self.beta = beta
        self.min_spikes = min_spikes

    def _step(self, v, x):
        v = self.beta * v + self.fc(x)
        s = (v >= self.threshold).astype(ms.float32)
        return v - s * self.threshold, s

    def construct(self, x_seq):
        v = ops.zeros((x_seq.shape[1], self.fc.out_channels), ms.float32)
        raster = []
        total = 0
        for t in range(x_seq.shape[0]):
            v, s = self._step(v, x_seq[t])
            raster.append(s)
            total = total + s.sum()
            if total >= self.min_spikes:
                break
        raster = ops.stack(raster)
        return raster * 2.0


def make():
    np.random.seed(30)
    x = Tensor(np.random.rand(8, 2, 5).astype(np.float32) * 3)
    return EarlyStopSNN(), (x,)
