# case: k-winner-take-all lateral inhibition with k fixed in the constructor via ops.topk -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KWTA(nn.Cell):
    def __init__(self, k=3):
        super().__init__()
        self.k = k

    def construct(self, v):
        vals, _ = ops.topk(v, self.k)
        kth = vals[..., self.k - 1:self.k]
        return (v >= kth).astype(ms.float32) * (v > 0).astype(ms.float32)


class CompetitiveLayer(nn.Cell):
    def __init__(self, n_in=16, n_out=10, k=3):
        super().__init__()
        self.fc = nn.Dense(n_in, n_out)
        self.kwta = KWTA(k)

    def construct(self, x_seq):
        counts = ops.zeros((x_seq.shape[1], 10), ms.float32)
        for t in range(x_seq.shape[0]):
            counts = counts + self.kwta(self.fc(x_seq[t]))
        return counts


def make():
    np.random.seed(40)
    x = Tensor((np.random.rand(5, 3, 16) > 0.7).astype(np.float32))
    return CompetitiveLayer(), (x,)
