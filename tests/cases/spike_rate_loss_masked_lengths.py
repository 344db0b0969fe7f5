# case: firing-rate regularisation loss over variable-length spike trains using a time mask from lengths -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LIFEncoder(nn.Cell):
    def __init__(self, in_dim, hidden, beta=0.85, threshold=1.0):
        super().__init__()
        self.fc = nn.Dense(in_dim, hidden)
        self.beta = beta
        self.threshold = threshold

    def construct(self, x_seq):
        cur = self.fc(x_seq)                    # (T, B, H)
        v = ops.zeros_like(cur[0])
        spikes = []
        for t in range(cur.shape[0]):
            v = self.beta * v + cur[t]
            s = (v >= self.threshold).astype(ms.float32)
            v = v - s * self.threshold
            spikes.append(s)
        return ops.stack(spikes)


class RateRegularizedLoss(nn.Cell):
    def __init__(self, in_dim=5, hidden=8, target_rate=0.1, weight=0.5):
        super().__init__()
        self.encoder = LIFEncoder(in_dim, hidden)
        self.target_rate = target_rate
        self.weight = weight

    def construct(self, x_seq, lengths):
        spikes = self.encoder(x_seq)
        steps = ops.arange(spikes.shape[0]).reshape(-1, 1).astype(ms.int32)
        tmask = (steps < lengths.reshape(1, -1)).astype(ms.float32).expand_dims(-1)
        counts = (spikes * tmask).sum(axis=0)
        rates = counts / ops.maximum(lengths.astype(ms.float32), 1.0).reshape(-1, 1)
        return self.weight * ((rates - self.target_rate) ** 2).mean()


def make():
    np.random.seed(34)
    x = Tensor(np.random.rand(6, 3, 5).astype(np.float32) * 2)
    lengths = Tensor(np.array([6, 4, 2], np.int32))
    return RateRegularizedLoss(), (x, lengths)
