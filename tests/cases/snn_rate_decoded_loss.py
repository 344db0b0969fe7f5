# case: spiking classifier decodes class scores from mean spike rate over time and computes cross-entropy loss -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpikingMLP(nn.Cell):
    def __init__(self, n_in=20, n_hid=16, n_cls=4, beta=0.9):
        super().__init__()
        self.fc1 = nn.Dense(n_in, n_hid)
        self.fc2 = nn.Dense(n_hid, n_cls)
        self.beta = beta

    def lif(self, v, i):
        v = self.beta * v + i
        s = ops.sigmoid(5.0 * (v - 1.0))
        return v - s, s

    def construct(self, x_seq):
        T, B = x_seq.shape[0], x_seq.shape[1]
        v1 = ops.zeros((B, 16), ms.float32)
        v2 = ops.zeros((B, 4), ms.float32)
        rate = ops.zeros((B, 4), ms.float32)
        for t in range(T):
            v1, s1 = self.lif(v1, self.fc1(x_seq[t]))
            v2, s2 = self.lif(v2, self.fc2(s1))
            rate = rate + s2
        return rate / T


class WithLoss(nn.Cell):
    def __init__(self, net):
        super().__init__()
        self.net = net
        self.loss = nn.CrossEntropyLoss()

    def construct(self, x_seq, label):
        return self.loss(self.net(x_seq) * 10.0, label)


def make():
    np.random.seed(41)
    x = Tensor((np.random.rand(6, 4, 20) > 0.8).astype(np.float32))
    y = Tensor(np.random.randint(0, 4, 4).astype(np.int32))
    return WithLoss(SpikingMLP()), (x, y)
